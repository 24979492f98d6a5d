/**
 * Queries that read the graph for export: the whole graph, or one article's subgraph (the article,
 * its sentences, comments and commenters, its statements, the entities it mentions, and the facts
 * between them that this article supports).
 */
import { cypher, type CypherQuery } from '../cypher';

export interface ExportNodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface ExportRelationshipRow {
  source: string;
  target: string;
  type: string;
  props: Record<string, unknown>;
}

const ARTICLE_NODES = `
MATCH (a:Article {id: $articleId})
CALL (a) {
  RETURN a AS n
  UNION MATCH (a)-[:HAS_SENTENCE]->(n) RETURN n
  UNION MATCH (a)-[:HAS_ENTITY]->(n) RETURN n
  UNION MATCH (n:Statement {articleId: a.id}) RETURN n
  UNION MATCH (n:Comment)-[:ON]->(a) RETURN n
  UNION MATCH (n:Commenter)-[:WROTE]->(:Comment)-[:ON]->(a) RETURN n
}`;

export function exportNodesQuery(articleId?: string): CypherQuery {
  if (!articleId)
    return cypher('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
  return cypher(`${ARTICLE_NODES}\nRETURN DISTINCT n.id AS id, labels(n) AS labels, properties(n) AS props`, {
    articleId,
  });
}

export function exportRelationshipsQuery(articleId?: string): CypherQuery {
  if (!articleId) {
    return cypher(
      'MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props',
    );
  }
  // fact edges carry `articles`; structural edges (HAS_SENTENCE, MENTIONS, SAID_BY, ...) do not
  return cypher(
    `${ARTICLE_NODES}
WITH collect(DISTINCT n) AS ns
UNWIND ns AS x
MATCH (x)-[r]->(y)
WHERE y IN ns AND (r.articles IS NULL OR $articleId IN r.articles)
RETURN x.id AS source, y.id AS target, type(r) AS type, properties(r) AS props`,
    { articleId },
  );
}

/** Property names in use, so a GraphML header can declare its keys before the rows stream by. */
export function exportPropertyKeysQuery(articleId?: string): CypherQuery {
  if (!articleId) {
    return cypher(`CALL () { MATCH (n) WHERE n.id IS NOT NULL UNWIND keys(n) AS k RETURN collect(DISTINCT k) AS nodeKeys }
CALL () { MATCH ()-[r]->() UNWIND keys(r) AS k RETURN collect(DISTINCT k) AS relKeys }
RETURN nodeKeys, relKeys`);
  }
  return cypher(
    `${ARTICLE_NODES}
WITH collect(DISTINCT n) AS ns
CALL (ns) { UNWIND ns AS n UNWIND keys(n) AS k RETURN collect(DISTINCT k) AS nodeKeys }
CALL (ns) { UNWIND ns AS x MATCH (x)-[r]->(y) WHERE y IN ns UNWIND keys(r) AS k RETURN collect(DISTINCT k) AS relKeys }
RETURN nodeKeys, relKeys`,
    { articleId },
  );
}

export function articleExistsQuery(articleId: string): CypherQuery {
  return cypher('MATCH (a:Article {id: $articleId}) RETURN a.id AS id', { articleId });
}
