/**
 * Starts the managed *test* Neo4j (port 7688, its own data folder, so tests
 * never touch the dev graph) unless NEO4J_TEST_URI names one to use.
 */
import { managedInstance } from '../../scripts/lib/instance-from-config';
import { start } from '../../scripts/lib/managed-neo4j';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  const instance = managedInstance('test');
  const r = await start(instance);
  process.env.NEO4J_TEST_URI = r.uri;
  process.env.NEO4J_TEST_PASSWORD = instance.password;
  if (r.started) process.env.NEWSGRAPH_TEST_STARTED_NEO4J = '1';
}
