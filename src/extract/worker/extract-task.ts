import { readArticle } from '../inputs';
import { extract } from '../pipeline';
import type { ExtractOutput } from '../output';
import { ExtractError, type ExtractErrorCode } from '../errors';
import type { ArticleInput } from '../stages/parse';

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

/** An article given as text (the API's ingestArticle), extracted in a worker thread. */
export type ExtractInputResult = { doc: ExtractOutput } | { error: { code: ExtractErrorCode; message: string } };

/** Typed errors come back as values (an Error loses its class between threads); others are thrown. */
export function extractInput(input: ArticleInput): ExtractInputResult {
  try {
    return { doc: extract(input) };
  } catch (err) {
    if (err instanceof ExtractError) return { error: { code: err.code as ExtractErrorCode, message: err.message } };
    throw err;
  }
}
