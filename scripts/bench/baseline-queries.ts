/**
 * The benchmark's floor: each read scenario as ONE hand-written Cypher query returning the same
 * shape the API returns. The raw-driver baseline sends these directly; the @neo4j/graphql baseline
 * uses the same text in its @cypher fields (`this` bound to the entity), so both baselines run the
 * best query we know.
 */
import { cypher, type CypherQuery, eventsPage, searchEntities } from '../../src/graph';
import { FACT_TYPE_PATTERN } from '../../src/vocabulary';

/** An entity's first 20 fact edges with the other end and the evidence sentences (`this` bound). */
export const FACTS_OF_THIS = `MATCH (this)-[r:${FACT_TYPE_PATTERN}]-(o:Entity)
WHERE r.articles IS NOT NULL
WITH this, r, o ORDER BY type(r), o.name, elementId(r) LIMIT 20
RETURN { type: type(r), direction: CASE WHEN startNode(r) = this THEN 'OUTGOING' ELSE 'INCOMING' END,
  confidence: r.confidence, otherId: o.id, otherName: o.name,
  evidence: COLLECT { UNWIND r.evidence AS sid MATCH (s:Sentence {id: sid}) RETURN s.text } } AS fact`;

export const SHORTEST_PATH = `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[:${FACT_TYPE_PATTERN}*..4]-(b))
WHERE all(r IN relationships(p) WHERE r.articles IS NOT NULL)
RETURN { length: length(p), nodes: [n IN nodes(p) | { id: n.id, name: n.name }],
  steps: [r IN relationships(p) | { type: type(r), fromId: startNode(r).id, toId: endNode(r).id }] } AS path`;

export const SUBGRAPH = `MATCH (c:Entity {id: $centerId})
CALL (c) {
  MATCH p = (c)-[:${FACT_TYPE_PATTERN}*1..2]-(o:Entity)
  WHERE o <> c AND all(r IN relationships(p) WHERE r.articles IS NOT NULL)
  WITH o, min(length(p)) AS distance ORDER BY distance, o.name, o.id LIMIT 199
  RETURN collect(o) AS found
}
WITH c, [c] + found AS ns
CALL (ns) {
  UNWIND ns AS a MATCH (a)-[r:${FACT_TYPE_PATTERN}]->(b:Entity) WHERE b IN ns AND r.articles IS NOT NULL
  RETURN collect({ source: a.id, target: b.id, type: type(r) }) AS edges
}
RETURN { nodes: [n IN ns | { id: n.id, label: n.name }], edges: edges } AS subgraph`;

export const rawQueries = {
  entity: (id: string): CypherQuery =>
    cypher(
      `MATCH (this:Entity {id: $id})
CALL (this) { ${FACTS_OF_THIS} }
RETURN this.id AS id, this.name AS name, collect(fact) AS facts`,
      { id },
    ),
  // search and events send the API's own queries: they are the best shapes we know (a query that
  // starts from the place, a Lucene top-k), so the floor is not a worse query than the API's
  search: (text: string): CypherQuery => searchEntities(text, ['Person'], 10, 500),
  events: (placeId: string, from: string, to: string, offset: number): CypherQuery =>
    eventsPage({ from, to, placeId, participantId: null }, { offset, limit: 50 }),
  shortestPath: (fromId: string, toId: string): CypherQuery => cypher(SHORTEST_PATH, { fromId, toId }),
  subgraph: (centerId: string): CypherQuery => cypher(SUBGRAPH, { centerId }),
};
