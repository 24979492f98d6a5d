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
  /** who the rate limits count against: a digest of the API key, else the client's IP address */
  client: string;
}

export function buildContext(
  graph: GraphClient,
  config: Config,
  requestId: string,
  apiKey: string | undefined,
  ingestQueue: pLimit.Limit,
  address = 'unknown',
): ApiContext {
  return {
    client: apiKey ? `key:${crypto.createHash('sha256').update(apiKey).digest('hex').slice(0, 16)}` : `ip:${address}`,
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
