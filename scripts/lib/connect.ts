import { loadConfig, type Config } from '../../src/config';
import { type GraphClient, openGraph } from '../../src/graph';

/** A ready graph client for operator scripts; throws DatabaseUnavailableError naming the URI. */
export async function connect(config: Config = loadConfig()): Promise<GraphClient> {
  return (await openGraph(config)).graph;
}
