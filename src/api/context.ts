import type { Config } from '../config';
import type { GraphClient } from '../graph/client';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives; built fresh per request (so DataLoader caches never leak across requests). */
export interface ApiContext {
  requestId: string;
  graph: GraphClient;
  config: Config;
  loaders: Loaders;
  /** true when the request carried the configured API key */
  authorized: boolean;
}

export function buildContext(
  graph: GraphClient,
  config: Config,
  requestId: string,
  apiKey: string | undefined,
): ApiContext {
  return { requestId, graph, config, loaders: createLoaders(graph), authorized: apiKey === config.API_KEY };
}
