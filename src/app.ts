import type { Config } from './config';
import { type GraphClient, openGraph } from './graph';
import { startServer, type RunningServer } from './api';
import { createLogger, type Logger } from './observability';

export interface App {
  graph: GraphClient;
  server: RunningServer;
  logger: Logger;
  neo4jVersion: string;
  close(): Promise<void>;
}

/** Connects to Neo4j (failing with one clear line if it can't), prepares the schema, serves GraphQL. */
export async function createApp(config: Config, logger = createLogger(config.LOG_LEVEL)): Promise<App> {
  const { graph, version } = await openGraph(config);
  const server = await startServer(config, graph, logger);
  return {
    graph,
    server,
    logger,
    neo4jVersion: version,
    close: async () => {
      await server.close();
      await graph.close();
    },
  };
}
