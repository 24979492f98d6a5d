/** Streams the whole graph, or one article's subgraph, through a format writer. */
import { ErrorCode, NewsgraphError } from '../errors';
import {
  type GraphClient,
  articleExistsQuery,
  exportNodesQuery,
  exportPropertyKeysQuery,
  exportRelationshipsQuery,
  type ExportNodeRow,
  type ExportRelationshipRow,
} from '../graph';
import type { GraphWriter } from './formats';

export class UnknownArticleError extends NewsgraphError {
  constructor(readonly articleId: string) {
    super(ErrorCode.NOT_FOUND, `no article with id ${articleId}`, { articleId });
    this.name = 'UnknownArticleError';
  }
}

export async function exportGraph(
  graph: GraphClient,
  writer: GraphWriter,
  articleId?: string,
): Promise<{ nodes: number; relationships: number }> {
  let nodes = 0;
  let relationships = 0;
  try {
    if (articleId && (await graph.read(articleExistsQuery(articleId))).length === 0) {
      throw new UnknownArticleError(articleId);
    }
    const [keys] = await graph.read<{ nodeKeys: string[]; relKeys: string[] }>(exportPropertyKeysQuery(articleId));
    await writer.begin(keys ?? { nodeKeys: [], relKeys: [] });
    for await (const row of graph.stream<ExportNodeRow>(exportNodesQuery(articleId))) {
      await writer.node(row);
      nodes++;
    }
    for await (const row of graph.stream<ExportRelationshipRow>(exportRelationshipsQuery(articleId))) {
      await writer.relationship(row);
      relationships++;
    }
    await writer.end();
  } catch (err) {
    await writer.abort();
    throw err;
  }
  return { nodes, relationships };
}
