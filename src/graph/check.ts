import { ENTITY_LABEL_LIST } from '../vocabulary';
import type { GraphClient } from './client';
import { cypher, type CypherQuery } from './cypher';

/** Invariants of the graph model; each query returns the number of violations. */
export const CHECKS: { name: string; query: CypherQuery }[] = [
  {
    name: 'fact edges without evidence',
    query: cypher(
      'MATCH ()-[r]->() WHERE r.articles IS NOT NULL AND (size(r.evidence) = 0 OR size(r.articles) = 0) RETURN count(r) AS n',
    ),
  },
  {
    name: 'evidence pointing at a missing sentence',
    query: cypher(`MATCH ()-[r]->() WHERE r.evidence IS NOT NULL
UNWIND r.evidence AS sid
OPTIONAL MATCH (s:Sentence {id: sid})
WITH s WHERE s IS NULL RETURN count(*) AS n`),
  },
  {
    name: 'fact edges supported by a missing article',
    query: cypher(`MATCH ()-[r]->() WHERE r.articles IS NOT NULL
UNWIND r.articles AS aid
OPTIONAL MATCH (a:Article {id: aid})
WITH a WHERE a IS NULL RETURN count(*) AS n`),
  },
  {
    name: 'entities an operator merged away still in the graph',
    query: cypher(`MATCH (l:ResolutionLog {kind: 'merge'}) WHERE l.undoneAt IS NULL
MATCH (e:Entity {id: l.fromId}) RETURN count(e) AS n`),
  },
  {
    name: 'resolution log entries without their keys',
    query: cypher(`MATCH (l:ResolutionLog)
WHERE l.from IS NULL OR l.fromId IS NULL OR (l.kind = 'merge' AND l.into IS NULL) OR (l.kind = 'split' AND l.alias IS NULL)
RETURN count(l) AS n`),
  },
  {
    name: 'sentences without an article',
    query: cypher('MATCH (s:Sentence) WHERE NOT (:Article)-[:HAS_SENTENCE]->(s) RETURN count(s) AS n'),
  },
  {
    name: 'articles without sentences',
    query: cypher('MATCH (a:Article) WHERE NOT (a)-[:HAS_SENTENCE]->() RETURN count(a) AS n'),
  },
  {
    name: 'statements without a sentence',
    query: cypher('MATCH (st:Statement) WHERE NOT (st)-[:IN]->(:Sentence) RETURN count(st) AS n'),
  },
  {
    name: 'entities no article mentions',
    query: cypher('MATCH (e:Entity) WHERE NOT (:Article)-[:HAS_ENTITY]->(e) RETURN count(e) AS n'),
  },
  {
    name: 'entities without exactly one type label',
    query: cypher(`MATCH (e:Entity) WITH e, size([l IN labels(e) WHERE l IN ${ENTITY_LABEL_LIST}]) AS k
WHERE k <> 1 RETURN count(e) AS n`),
  },
  {
    name: 'duplicate ids',
    query: cypher('MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS n'),
  },
];

export interface CheckResult {
  name: string;
  violations: number;
}

/** Runs every check; an empty list of failures means the graph is consistent. */
export async function checkGraph(graph: GraphClient): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const c of CHECKS) {
    const [row] = await graph.read<{ n: number }>(c.query);
    out.push({ name: c.name, violations: row?.n ?? 0 });
  }
  return out;
}
