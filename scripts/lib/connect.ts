import { loadConfig, type Config } from '../../src/config';
import { GraphClient } from '../../src/graph/client';
import { createDriver, neo4jVersion } from '../../src/graph/driver';
import { ensureGraphSchema } from '../../src/graph/schema-setup';

/** A ready graph client for operator scripts; throws DatabaseUnavailableError naming the URI. */
export async function connect(config: Config = loadConfig()): Promise<GraphClient> {
  const driver = createDriver(config);
  const graph = new GraphClient(driver, config.NEO4J_URI, config.NEO4J_DATABASE, config.NEO4J_QUERY_TIMEOUT_MS);
  try {
    await neo4jVersion(driver, config.NEO4J_URI);
    await ensureGraphSchema(graph);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return graph;
}
