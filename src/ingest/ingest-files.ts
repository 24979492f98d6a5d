import { expandPaths, extractTask, type ExtractTaskResult, type ExtractPool } from '../extract';
import { type GraphClient, DatabaseUnavailableError, writeArticle, type IngestResult } from '../graph';
import { whileUnavailable } from './retry';
import { poolFor, type WorkerPolicy } from './workers';

/**
 * Concurrent write transactions when extraction runs on workers. Measured on 2
 * cores: 2 writers were slower than 1 (Neo4j and the workers share the CPU).
 */
const WRITE_CONCURRENCY = 1;

export interface FileOutcome {
  source: string;
  result?: IngestResult;
  error?: string;
}

export interface IngestSummary {
  articles: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  entities: number;
  relations: number;
  statements: number;
  seconds: number;
  /** CPU time spent extracting (summed over workers) and wall time spent in Neo4j writes */
  extractSeconds: number;
  writeSeconds: number;
  failures: { source: string; error: string }[];
}

export interface IngestOptions {
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
  /** extraction on worker threads (default `auto`: from a handful of articles on) */
  workers?: WorkerPolicy;
  /** how long to keep retrying while Neo4j is unavailable before giving up */
  retryUnavailableMs?: number;
}

/**
 * Ingests every article under `paths`, one transaction each: a failed article is
 * reported and skipped, the rest go in. With workers, extraction runs on all
 * cores while the main thread writes finished articles one after another.
 * Stops early only when Neo4j is gone.
 */
export async function ingestPaths(
  graph: GraphClient,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary & { threads: number }> {
  const { onProgress = () => undefined, workers = 'auto', retryUnavailableMs = 60_000 } = options;
  const files = expandPaths(paths);
  const pool = poolFor(workers, files.length);
  try {
    return { ...(await ingestFiles(graph, files, onProgress, pool, retryUnavailableMs)), threads: pool?.threads ?? 1 };
  } finally {
    await pool?.close();
  }
}

async function ingestFiles(
  graph: GraphClient,
  files: string[],
  onProgress: NonNullable<IngestOptions['onProgress']>,
  pool: ExtractPool | undefined,
  retryUnavailableMs: number,
): Promise<IngestSummary> {
  const t0 = performance.now();
  const s: IngestSummary = {
    articles: files.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    entities: 0,
    relations: 0,
    statements: 0,
    seconds: 0,
    extractSeconds: 0,
    writeSeconds: 0,
    failures: [],
  };
  let done = 0;
  const write = async (x: ExtractTaskResult): Promise<void> => {
    s.extractSeconds += x.ms / 1000;
    let outcome: FileOutcome;
    if (x.error || !x.doc || x.text === undefined) {
      outcome = { source: x.source, error: x.error ?? 'no output' };
    } else {
      const w0 = performance.now();
      try {
        const result = await whileUnavailable(() => writeArticle(graph, x.doc!, x.text!), retryUnavailableMs);
        s[result.status]++;
        if (result.status !== 'unchanged') {
          s.entities += result.entities;
          s.relations += result.relations;
          s.statements += result.statements;
        }
        outcome = { source: x.source, result };
      } catch (err) {
        if (err instanceof DatabaseUnavailableError) throw err;
        outcome = { source: x.source, error: (err as Error).message.split('\n')[0]! };
      } finally {
        s.writeSeconds += (performance.now() - w0) / 1000;
      }
    }
    if (outcome.error) {
      s.failed++;
      s.failures.push({ source: outcome.source, error: outcome.error });
    }
    onProgress(++done, files.length, outcome);
  };

  if (!pool) {
    for (const f of files) await write(extractTask(f));
  } else {
    // keep every worker busy, but never hold more than a few extracted articles in memory
    const window = pool.threads * 2;
    let next = 0;
    // a few transactions at once overlap their round trips; MERGE on unique ids keeps them consistent
    const writers = Array.from({ length: WRITE_CONCURRENCY }, () => Promise.resolve());
    let turn = 0;
    const inFlight = new Set<Promise<void>>();
    while (next < files.length || inFlight.size > 0) {
      while (next < files.length && inFlight.size < window) {
        const task: Promise<void> = pool.run(files[next++]!).then((x) => {
          const lane = turn++ % writers.length;
          writers[lane] = writers[lane]!.then(() => write(x));
          return writers[lane];
        });
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task)).catch(() => undefined);
      }
      await Promise.race(inFlight);
    }
    await Promise.all(writers);
  }
  s.seconds = Number(((performance.now() - t0) / 1000).toFixed(2));
  s.extractSeconds = Number(s.extractSeconds.toFixed(2));
  s.writeSeconds = Number(s.writeSeconds.toFixed(2));
  return s;
}
