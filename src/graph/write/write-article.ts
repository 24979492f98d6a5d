import crypto from 'node:crypto';
import type { ExtractOutput } from '../../extract';
import type { GraphClient } from '../client';
import { cypher } from '../cypher';
import { planArticle, planRemoval } from './plan';

export type IngestStatus = 'created' | 'updated' | 'unchanged';

export interface IngestResult {
  articleId: string;
  status: IngestStatus;
  entities: number;
  relations: number;
  statements: number;
  /** facts left out because they broke the model's rules */
  dropped: string[];
}

export const textHash = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * Writes one extracted article in ONE transaction: wholly or not at all.
 * Same text again: nothing changes. Changed text under the same id (same URL):
 * its old contribution is removed first, other articles' facts stay.
 */
export async function writeArticle(graph: GraphClient, doc: ExtractOutput, text: string): Promise<IngestResult> {
  const hash = textHash(text);
  const plan = planArticle(doc, hash, text);
  const counts = {
    entities: doc.entities.length,
    relations: doc.relations.length - plan.dropped.length,
    statements: doc.statements.length,
  };
  const status = await graph.writeTransaction(async (run) => {
    const [row] = await run(
      cypher('OPTIONAL MATCH (a:Article {id: $id}) RETURN a.textHash AS hash', { id: plan.articleId }),
    );
    const existing = (row?.hash as string | null) ?? null;
    if (existing === hash) return 'unchanged' as const;
    if (existing) for (const q of planRemoval(plan.articleId, true)) await run(q);
    for (const q of plan.queries) await run(q);
    return existing ? ('updated' as const) : ('created' as const);
  });
  return { articleId: plan.articleId, status, ...counts, dropped: plan.dropped };
}

/** Removes an article and every fact only it supported; false when there was no such article. */
export async function removeArticle(graph: GraphClient, articleId: string): Promise<boolean> {
  return graph.writeTransaction(async (run) => {
    const [row] = await run(cypher('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: articleId }));
    if (!row || row.n === 0) return false;
    for (const q of planRemoval(articleId, false)) await run(q);
    return true;
  });
}
