import crypto from 'node:crypto';
import type { ExtractOutput } from '../../extract';
import type { GraphClient } from '../client';
import { cypher } from '../cypher';
import { planArticle, planRemoval } from './plan';
import { localsOf, nameKeys } from '../../resolve';
import { keptLocals, lockKeysQuery, overridesIn, resolveAfterRemoval, resolveArticle } from './resolution';

export type IngestStatus = 'created' | 'updated' | 'unchanged';

export interface IngestResult {
  articleId: string;
  status: IngestStatus;
  entities: number;
  relations: number;
  statements: number;
  /** facts left out because they broke the model's rules */
  dropped: string[];
  /** earlier articles written again because this one changed what their entities resolve to */
  rewritten: string[];
}

export const textHash = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * Writes one extracted article in ONE transaction: wholly or not at all, with the earlier
 * articles whose entities it merges or splits.
 * Same text again: nothing changes. Changed text under the same id (same URL):
 * its old contribution is removed first, other articles' facts stay.
 */
export async function writeArticle(graph: GraphClient, doc: ExtractOutput, text: string): Promise<IngestResult> {
  const hash = textHash(text);
  const locals = localsOf(doc);
  const { status, rewritten, dropped } = await graph.writeTransaction(async (run) => {
    // the article's name keys first: a concurrent ingest of the same names waits, then sees this one
    // (statements of one transaction run in the order sent: the lock is taken before the read)
    const [, [row], overrides] = await Promise.all([
      run(lockKeysQuery(nameKeys(locals))),
      run(cypher('OPTIONAL MATCH (a:Article {id: $id}) RETURN a.textHash AS hash', { id: doc.article.id })),
      overridesIn(run),
    ]);
    const existing = (row?.hash as string | null) ?? null;
    if (existing === hash)
      return { status: 'unchanged' as const, rewritten: [], dropped: planArticle(doc, hash, text).dropped };
    if (existing) await Promise.all(planRemoval(doc.article.id, true).map(run));
    // entities resolve against the graph; earlier articles they change are written again here
    const { plan, rewritten } = await resolveArticle(run, doc, locals, hash, text, overrides);
    // sent at once: the transaction runs them in order, and none waits for the previous one's reply
    await Promise.all(plan.queries.map(run));
    return { status: existing ? ('updated' as const) : ('created' as const), rewritten, dropped: plan.dropped };
  });
  return {
    articleId: doc.article.id,
    status,
    entities: doc.entities.length,
    relations: doc.relations.length - dropped.length,
    statements: doc.statements.length,
    dropped,
    rewritten,
  };
}

/** Removes an article and every fact only it supported; false when there was no such article. */
export async function removeArticle(graph: GraphClient, articleId: string): Promise<boolean> {
  return graph.writeTransaction(async (run) => {
    const [row] = await run(cypher('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: articleId }));
    if (!row || row.n === 0) return false;
    const locals = await keptLocals(run, articleId);
    for (const q of planRemoval(articleId, false)) await run(q);
    // what its names joined may come apart: the articles that shared them resolve again without it
    await resolveAfterRemoval(run, locals, articleId);
    return true;
  });
}
