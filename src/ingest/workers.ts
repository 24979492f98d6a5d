import { createExtractPool, type ExtractPool } from '../extract';

/**
 * When extraction runs on worker threads: `auto` from a handful of articles on, where starting the
 * workers (each loads the tagger model) pays off; `on` and `off` force it.
 */
export type WorkerPolicy = 'auto' | 'on' | 'off';

export const WORKERS_FROM_ARTICLES = 8;

export function poolFor(policy: WorkerPolicy, articles: number): ExtractPool | undefined {
  const use = policy === 'on' || (policy === 'auto' && articles >= WORKERS_FROM_ARTICLES);
  return use ? createExtractPool() : undefined;
}
