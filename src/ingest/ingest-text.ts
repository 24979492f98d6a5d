import type { ArticleInput } from '../extract/stages/parse';
import { extract } from '../extract/pipeline';
import type { GraphClient } from '../graph/client';
import { ingestArticle, type IngestResult } from '../graph/ingest/ingest';

/** The one path from article text to the graph: used by the CLI, `npm start` and the ingestArticle mutation. */
export async function ingestInput(graph: GraphClient, input: ArticleInput): Promise<IngestResult> {
  const doc = extract(input);
  return ingestArticle(graph, doc, input.text);
}
