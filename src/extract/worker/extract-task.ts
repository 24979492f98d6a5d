import { readArticle } from '../inputs';
import { extract } from '../pipeline';
import type { ExtractOutput } from '../output';
import { ExtractError } from '../errors';

export interface ExtractTaskResult {
  source: string;
  doc?: ExtractOutput;
  text?: string;
  error?: string;
  ms: number;
}

/** One file, read and extracted in a worker thread; errors come back as values. */
export default function extractTask(source: string): ExtractTaskResult {
  const t0 = performance.now();
  try {
    const input = readArticle(source);
    return { source, doc: extract(input), text: input.text, ms: performance.now() - t0 };
  } catch (err) {
    const error =
      err instanceof ExtractError ? `${err.code}: ${err.message}` : `unexpected error: ${(err as Error).message}`;
    return { source, error, ms: performance.now() - t0 };
  }
}
