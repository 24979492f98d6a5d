import { ExtractError } from '../extract/errors';
import { expandPaths, readArticle } from '../extract/inputs';
import type { GraphClient } from '../graph/client';
import { DatabaseUnavailableError } from '../graph/errors';
import type { IngestResult } from '../graph/ingest/ingest';
import { ingestInput } from './ingest-text';

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
  failures: { source: string; error: string }[];
}

/**
 * Ingests every article under `paths`, one transaction each: a failed article is
 * reported and skipped, the rest go in. Stops early only when Neo4j is gone.
 */
export async function ingestPaths(
  graph: GraphClient,
  paths: string[],
  onProgress: (done: number, total: number, outcome: FileOutcome) => void = () => undefined,
): Promise<IngestSummary> {
  const t0 = performance.now();
  const files = expandPaths(paths);
  const summary: IngestSummary = {
    articles: files.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    entities: 0,
    relations: 0,
    statements: 0,
    seconds: 0,
    failures: [],
  };
  for (const [i, source] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const result = await ingestInput(graph, readArticle(source));
      summary[result.status]++;
      if (result.status !== 'unchanged') {
        summary.entities += result.entities;
        summary.relations += result.relations;
        summary.statements += result.statements;
      }
      outcome = { source, result };
    } catch (err) {
      if (err instanceof DatabaseUnavailableError) throw err;
      const error =
        err instanceof ExtractError ? `${err.code}: ${err.message}` : (err as Error).message.split('\n')[0]!;
      summary.failed++;
      summary.failures.push({ source, error });
      outcome = { source, error };
    }
    onProgress(i + 1, files.length, outcome);
  }
  summary.seconds = Number(((performance.now() - t0) / 1000).toFixed(2));
  return summary;
}
