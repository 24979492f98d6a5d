import type { Config } from '../config';
import { GraphClient } from './client';
import { createDriver, neo4jVersion } from './driver';
import { ensureGraphSchema } from './schema-setup';

/**
 * A ready graph client: connected (or DatabaseUnavailableError naming the URI)
 * and with constraints and indexes in place. The driver is closed on failure.
 */
export async function openGraph(config: Config): Promise<{ graph: GraphClient; version: string }> {
  const driver = createDriver(config);
  const graph = new GraphClient(driver, config.NEO4J_URI, config.NEO4J_DATABASE, config.NEO4J_QUERY_TIMEOUT_MS);
  try {
    const version = await neo4jVersion(driver, config.NEO4J_URI);
    await ensureGraphSchema(graph);
    return { graph, version };
  } catch (err) {
    await driver.close();
    throw err;
  }
}
