import {
  decodeArticle,
  extract,
  ExtractError,
  type ArticleInput,
  type ExtractOutput,
  type ExtractPool,
} from '../extract';
import { type GraphClient, writeArticle, type IngestResult } from '../graph';

/** What turns an article into its extraction: in this thread, or on a worker's (pooledExtractor). */
export type Extractor = (input: ArticleInput) => ExtractOutput | Promise<ExtractOutput>;

/** Extraction on a pool's worker thread, with its typed errors (EMPTY_INPUT, ...) as they are in this one. */
export const pooledExtractor =
  (pool: ExtractPool): Extractor =>
  async (input) => {
    const out = await pool.runInput(input);
    if ('error' in out) throw new ExtractError(out.error.code, out.error.message);
    return out.doc;
  };

/**
 * One article from text to the graph: the `ingestArticle` mutation and the bench's server use it;
 * files go through ingestPaths, which runs the same extraction and writer. The text passes the same
 * checks as a file (empty, binary, too large) before anything is extracted.
 */
export async function ingestText(
  graph: GraphClient,
  input: ArticleInput,
  extractWith: Extractor = extract,
): Promise<IngestResult> {
  const text = decodeArticle(Buffer.from(input.text));
  const doc = await extractWith({ ...input, text });
  return writeArticle(graph, doc, text);
}
