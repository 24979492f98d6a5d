import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import type { ExtractTaskResult } from './extract-task';

/** A pool of extraction workers, one per core: extraction is CPU-bound, Neo4j writes are not. */
export function createExtractPool(threads = os.availableParallelism()) {
  // compiled (dist/): the task's own .js; from source (tsx): a small entry that registers TypeScript first
  const entry = __filename.endsWith('.js') ? 'extract-task.js' : 'extract-worker.js';
  const pool = new Piscina({
    filename: path.join(__dirname, entry),
    maxThreads: threads,
    minThreads: threads,
  });
  return {
    threads,
    run: (source: string) => pool.run(source) as Promise<ExtractTaskResult>,
    close: () => pool.destroy(),
  };
}
export type ExtractPool = ReturnType<typeof createExtractPool>;
