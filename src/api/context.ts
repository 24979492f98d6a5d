import crypto from 'node:crypto';
import type pLimit from 'p-limit';
import type { Config } from '../config';
import type { GraphClient } from '../graph';
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
  /** the process-wide queue ingestArticle waits in (INGEST_CONCURRENCY at once) */
  ingestQueue: pLimit.Limit;
}

export function buildContext(
  graph: GraphClient,
  config: Config,
  requestId: string,
  apiKey: string | undefined,
  ingestQueue: pLimit.Limit,
): ApiContext {
  return {
    ingestQueue,
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
