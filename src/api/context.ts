import crypto from 'node:crypto';
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
  /** true when the request carried some API key (right or wrong) */
  apiKeyGiven: boolean;
}

export function buildContext(
  graph: GraphClient,
  config: Config,
  requestId: string,
  apiKey: string | undefined,
): ApiContext {
  return {
    requestId,
    graph,
    config,
    loaders: createLoaders(graph),
    authorized: apiKey !== undefined && safeEqual(apiKey, config.API_KEY),
    apiKeyGiven: apiKey !== undefined,
  };
}

/** Constant-time comparison, so the key cannot be guessed byte by byte from timings. */
function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
