import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import type { ExtractTaskResult } from './extract-task';

/** A pool of extraction workers, one per core: extraction is CPU-bound, Neo4j writes are not. */
export function createExtractPool(threads = os.availableParallelism()) {
  const pool = new Piscina({
    filename: path.join(__dirname, 'extract-worker.js'),
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
