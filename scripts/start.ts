/**
 * `npm start`: the whole thing on the built-in defaults. Starts the managed
 * Neo4j when none is configured and nothing answers on the default port,
 * ingests seeds/ into an empty graph, serves GraphQL with Apollo Sandbox.
 * Ctrl-C stops everything it started.
 */
import { ConfigError, loadConfig, neo4jConfigured } from '../src/config';
import { createApp } from '../src/app';
import { DatabaseUnavailableError } from '../src/graph';
import { managedInstance } from './lib/instance-from-config';
import { portOpen, start, stop } from './lib/managed-neo4j';
import { ingestSeedsIfEmpty } from './lib/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  let stopNeo4j: (() => Promise<unknown>) | null = null;
  if (!neo4jConfigured()) {
    const instance = managedInstance('dev');
    if (!(await portOpen(instance.host, instance.port))) {
      console.log('No NEO4J_URI set and nothing on bolt://127.0.0.1:7687: starting the managed Neo4j...');
      const r = await start(instance);
      console.log(`Neo4j ${r.version} listening on ${r.uri}`);
      if (r.started) stopNeo4j = () => stop(instance);
    }
  }
  const app = await createApp(config);
  // Ctrl-C reaches us twice (from the terminal and relayed by npm/tsx): act on the first, ignore the rest.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down`);
    await app.close();
    if (stopNeo4j) {
      await stopNeo4j();
      console.log('Managed Neo4j stopped');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  if (config.INGEST_SEEDS) {
    const seeding = ingestSeedsIfEmpty(app.graph, config.SEED_DIR, app.logger);
    app.server.notReadyWhile('ingesting seeds', seeding);
    await seeding;
  }
  console.log(`Neo4j ${app.neo4jVersion} at ${config.NEO4J_URI}`);
  console.log(`GraphQL API and Apollo Sandbox: ${app.server.url}`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DatabaseUnavailableError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
