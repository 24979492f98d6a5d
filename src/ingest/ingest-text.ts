import { decodeArticle, extract, type ArticleInput } from '../extract';
import { type GraphClient, writeArticle, type IngestResult } from '../graph';

/**
 * One article from text to the graph: the `ingestArticle` mutation and the bench's server use it;
 * files go through ingestPaths, which runs the same extraction and writer. The text passes the same
 * checks as a file (empty, binary, too large) before anything is extracted.
 */
export async function ingestText(graph: GraphClient, input: ArticleInput): Promise<IngestResult> {
  const text = decodeArticle(Buffer.from(input.text));
  const doc = extract({ ...input, text });
  return writeArticle(graph, doc, text);
}
