import type { GraphClient } from '../client';
import { cypher } from '../cypher';

/**
 * Graphs written before form counts kept every article's forms of a place or event in one list
 * (`formsBy`: "<articleId>:n:<name>", "<articleId>:a:<alias>"), rewritten by every article naming
 * it. This moves them to the model of plan.ts: each article's forms on its HAS_ENTITY edge, the
 * entity's distinct forms with their counts. A batch at a time, each batch one transaction;
 * nothing to do on a graph without `formsBy`.
 */
export const MIGRATE_FORMS_BATCH = cypher(`MATCH (e:Entity) WHERE e.formsBy IS NOT NULL
WITH e LIMIT 2000
CALL (e) {
  UNWIND e.formsBy AS x
  WITH split(x, ':')[0] AS articleId, substring(x, size(split(x, ':')[0]) + 1) AS form
  WITH articleId, collect(DISTINCT form) AS forms
  OPTIONAL MATCH (:Article {id: articleId})-[h:HAS_ENTITY]->(e)
  SET h.forms = forms
  RETURN collect(forms) AS byArticle
}
CALL (byArticle) {
  UNWIND byArticle AS forms
  UNWIND forms AS form
  WITH form, count(*) AS n ORDER BY form
  RETURN collect(form) AS keys, collect(n) AS counts
}
SET e.formKeys = keys, e.formCounts = counts
REMOVE e.formsBy
RETURN count(e) AS n`);

/** Migrates every entity still holding `formsBy`; returns how many it moved. */
export async function migrateForms(graph: GraphClient): Promise<number> {
  let moved = 0;
  for (;;) {
    const [row] = await graph.write<{ n: number }>(MIGRATE_FORMS_BATCH);
    const n = Number(row?.n ?? 0);
    if (n === 0) return moved;
    moved += n;
  }
}
