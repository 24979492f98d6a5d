import type { Config } from './config';
import { GraphClient } from './graph/client';
import { createDriver, neo4jVersion } from './graph/driver';
import { ensureGraphSchema } from './graph/schema-setup';
import { startServer, type RunningServer } from './api/server';
import { createLogger, type Logger } from './observability/logger';

export interface App {
  graph: GraphClient;
  server: RunningServer;
  logger: Logger;
  neo4jVersion: string;
  close(): Promise<void>;
}

/** Connects to Neo4j (failing with one clear line if it can't), prepares the schema, serves GraphQL. */
export async function createApp(config: Config, logger = createLogger(config.LOG_LEVEL)): Promise<App> {
  const driver = createDriver(config);
  const graph = new GraphClient(driver, config.NEO4J_URI, config.NEO4J_DATABASE, config.NEO4J_QUERY_TIMEOUT_MS);
  let version: string;
  try {
    version = await neo4jVersion(driver, config.NEO4J_URI);
    await ensureGraphSchema(graph);
  } catch (err) {
    await driver.close();
    throw err;
  }
  const server = await startServer(config, graph, logger);
  return {
    graph,
    server,
    logger,
    neo4jVersion: version,
    close: async () => {
      await server.close();
      await driver.close();
    },
  };
}
