/**
 * Read queries of the API, as pure builders (snapshot-tested without a database).
 * Every value travels as a parameter; the only text spliced in is a label or a
 * relation type from the fixed lists of src/vocabulary, or a validated small integer.
 */
import { cypher, type CypherQuery } from '../cypher';
import { ENTITY_LABEL_LIST, ENTITY_LABELS, FACT_TYPE_PATTERN, type EntityLabel } from '../../vocabulary';
import type { ArticleSectionValue, FactFilter } from '../models';

const assertLabel = (label: EntityLabel) => {
  if (!ENTITY_LABELS.includes(label)) throw new Error(`unknown label ${label}`);
  return label;
};

/** An entity node's label among the entity labels (it also carries `Entity`). */
const LABEL_OF = (v: string) => `[l IN labels(${v}) WHERE l IN ${ENTITY_LABEL_LIST}][0]`;

/** How an entity node (variable `v`) becomes an EntityModel row. */
export const entityProjection = (
  v: string,
) => `{ id: ${v}.id, name: ${v}.name, aliases: coalesce(${v}.aliases, []), wikidataId: ${v}.wikidataId,
  geonamesId: ${v}.geonamesId, isoCode: ${v}.isoCode,
  countryCode: ${v}.countryCode, latitude: ${v}.latitude, longitude: ${v}.longitude, eventType: ${v}.eventType,
  date: toString(${v}.date), label: ${LABEL_OF(v)} }`;
export const ENTITY_PROJECTION = entityProjection('e');

/** Just enough of an entity to draw it: id, name and label. */
export const entityNameProjection = (v: string) => `{ id: ${v}.id, name: ${v}.name, label: ${LABEL_OF(v)} }`;

const ARTICLE_PROJECTION = `{ id: a.id, title: a.title, url: a.url, publisher: a.publisher,
  publishedAt: toString(a.publishedAt), textHash: a.textHash }`;

export interface PageArgs {
  offset: number;
  limit: number;
}

export const entitiesByIds = (ids: readonly string[]): CypherQuery =>
  cypher(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e${ENTITY_PROJECTION} AS e`, { ids });

export const sentencesByIds = (ids: readonly string[]): CypherQuery =>
  cypher(
    `UNWIND $ids AS id MATCH (s:Sentence {id: id})
RETURN s{ .id, .articleId, .index, .text, .section } AS s`,
    { ids },
  );

export const articlesByIds = (ids: readonly string[]): CypherQuery =>
  cypher(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a${ARTICLE_PROJECTION} AS a`, { ids });

/**
 * Full-text search; `query` must already be escaped Lucene (see search-text.ts). Hits come with their
 * entity. Lucene is asked for the top `probe` hits only (ranking every hit of a common word is what
 * made search slow on a million entities); `probed` tells the caller whether that cut may have hidden
 * hits of the wanted types.
 */
export const searchEntities = (
  query: string,
  labels: EntityLabel[] | null,
  limit: number,
  probe: number,
): CypherQuery =>
  cypher(
    `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($probe)}) YIELD node, score
WITH collect({ node: node, score: score }) AS hits
UNWIND hits AS hit
WITH hit.node AS node, hit.score AS score, size(hits) AS probed
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score, probed ORDER BY score DESC, node.name LIMIT toInteger($limit)
RETURN node${entityProjection('node')} AS e, score, probed`,
    { query, labels, limit, probe },
  );

export const entitiesPage = (label: EntityLabel | null, nameContains: string | null, page: PageArgs): CypherQuery => {
  const match = label ? `MATCH (e:${assertLabel(label)})` : 'MATCH (e:Entity)';
  const where = 'WHERE $q IS NULL OR toLower(e.name) CONTAINS $q';
  return cypher(
    `CALL () { ${match} ${where} RETURN count(e) AS total }
OPTIONAL CALL () { ${match} ${where} RETURN e ORDER BY e.name, e.id SKIP toInteger($offset) LIMIT toInteger($limit) }
RETURN total, e${ENTITY_PROJECTION} AS e`,
    { q: nameContains ? nameContains.toLowerCase() : null, offset: page.offset, limit: page.limit },
  );
};

export interface EventFilter {
  from: string | null;
  to: string | null;
  placeId: string | null;
  participantId: string | null;
}

/**
 * Events in date order. Only the filters given appear in the text (from a fixed set of fragments;
 * values stay parameters): a place or participant becomes the starting point, found by index,
 * instead of an `$x IS NULL OR ...` test run against every event.
 */
export const eventsPage = (f: EventFilter, page: PageArgs): CypherQuery => {
  const match = f.placeId
    ? 'MATCH (:Entity {id: $placeId})<-[:OCCURRED_IN]-(e:Event)'
    : f.participantId
      ? 'MATCH (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(e:Event)'
      : 'MATCH (e:Event)';
  const conditions = [
    f.from ? 'e.date >= date($from)' : null,
    f.to ? 'e.date <= date($to)' : null,
    f.placeId && f.participantId ? 'EXISTS { (:Entity {id: $participantId})-[:PARTICIPATED_IN]->(e) }' : null,
  ].filter((c) => c !== null);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return cypher(
    `CALL () { ${match} ${where} RETURN count(e) AS total }
OPTIONAL CALL () { ${match} ${where} RETURN e ORDER BY e.date, e.id SKIP toInteger($offset) LIMIT toInteger($limit) }
RETURN total, e${ENTITY_PROJECTION} AS e`,
    { ...f, offset: page.offset, limit: page.limit },
  );
};

/**
 * The fact edges `r` of entity `e` and their other ends `o`. Only the filters given appear in the
 * text (values stay parameters), and a direction is the pattern's own: Neo4j then expands one way
 * and tests nothing per edge that the client did not ask to filter on.
 */
const factsOfE = ({ types, direction, assertion }: FactFilter) => {
  const r = `[r:${FACT_TYPE_PATTERN}]`;
  const pattern =
    direction === 'OUTGOING'
      ? `(e)-${r}->(o:Entity)`
      : direction === 'INCOMING'
        ? `(e)<-${r}-(o:Entity)`
        : `(e)-${r}-(o:Entity)`;
  const conditions = [
    'r.articles IS NOT NULL',
    types ? 'type(r) IN $types' : null,
    assertion ? 'r.assertion = $assertion' : null,
  ].filter((c) => c !== null);
  return `MATCH ${pattern}
  WHERE ${conditions.join(' AND ')}`;
};

/** A FactFilter as the parameters factsOfE reads (the graph stores assertions in lower case). */
const factParams = ({ types, assertion }: FactFilter) => ({
  types,
  assertion: assertion ? assertion.toLowerCase() : null,
});

/**
 * A fact edge `r` as a row. Its other properties (dates, spans, type-specific fields) are read only
 * when `withProperties`: they are most of the bytes a fact costs, and most queries show none of them.
 */
const factRow = (withProperties: boolean, extra = '') =>
  `{ key: elementId(r), type: type(r), confidence: r.confidence, evidence: r.evidence, claims: r.claims, assertion: r.assertion${
    withProperties ? ', props: properties(r)' : ''
  }${extra} }`;

/** How a fact row carries its other end: not at all, as the brief (id, name, label), or whole. */
type OtherEnd = 'none' | 'brief' | 'whole';
const otherProjection = {
  none: '',
  brief: `, other: ${entityNameProjection('o')}`,
  whole: `, other: ${entityProjection('o')}`,
};

/**
 * `total` and one page of `items` (fact rows) of entity `e`; `other` says how rows carry the other
 * end. Without `withTotal` the facts are not counted (total is null): a hub's count walks all of its
 * facts, and a client that shows no total or next-page flag does not need it.
 */
const factPage = (filter: FactFilter, other: OtherEnd, withProperties: boolean, withTotal: boolean) => `${
  withTotal
    ? `CALL (e) {
  ${factsOfE(filter)}
  RETURN count(r) AS total
}`
    : 'WITH *, null AS total'
}
CALL (e) {
  ${factsOfE(filter)}
  // sort on small keys and cut the page before properties (evidence lists) are read: hubs have thousands of facts
  WITH e, r, o ORDER BY type(r), o.name, elementId(r) SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(${factRow(withProperties, `, outgoing: startNode(r) = e, otherId: o.id${otherProjection[other]}`)}) AS items
}`;

/** Fact edges of many entities at once (one query per nesting level, not per entity). */
export const relationshipsOf = (
  ids: readonly string[],
  filter: FactFilter,
  page: PageArgs,
  withTotal = true,
  withProperties = true,
): CypherQuery =>
  cypher(
    `UNWIND $ids AS id
MATCH (e:Entity {id: id})
${factPage(filter, 'none', withProperties, withTotal)}
RETURN id, total, items`,
    { ids, ...factParams(filter), offset: page.offset, limit: page.limit },
  );

/**
 * One entity with a page of its facts, the facts' other ends and (if `withSentences`) their evidence
 * sentences: everything `entity { relationships { ... other evidence { sentence } } }` needs, in one
 * query instead of one per nesting level. With `briefOthers` the other ends are read as id, name and
 * label only: what \`other { id name }\` shows, and most of the bytes Neo4j and the driver would spend;
 * `briefEntity` does the same for the entity itself.
 */
export const entityWithFacts = (
  id: string,
  filter: FactFilter,
  page: PageArgs,
  {
    withSentences,
    withProperties,
    withTotal,
    briefOthers = false,
    briefEntity = false,
  }: {
    withSentences: boolean;
    withProperties: boolean;
    withTotal: boolean;
    briefOthers?: boolean;
    briefEntity?: boolean;
  },
): CypherQuery =>
  cypher(
    `MATCH (e:Entity {id: $id})
${factPage(filter, briefOthers ? 'brief' : 'whole', withProperties, withTotal)}
RETURN ${briefEntity ? entityNameProjection('e') : `e${ENTITY_PROJECTION}`} AS e, total, items${
      withSentences
        ? `,
  COLLECT { UNWIND items AS item UNWIND item.evidence AS sid MATCH (s:Sentence {id: sid})
    RETURN DISTINCT s{ .id, .articleId, .index, .text, .section } } AS sentences`
        : ''
    }`,
    { id, ...factParams(filter), offset: page.offset, limit: page.limit },
  );

export const mentionsOf = (ids: readonly string[], page: PageArgs): CypherQuery =>
  cypher(
    `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (s:Sentence)-[m:MENTIONS]->(e)
  WITH s, m ORDER BY s.articleId, s.index, m.start
  WITH collect({ text: m.text, sentenceId: s.id, articleId: s.articleId }) AS rows
  RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset + $limit)] AS items
}
RETURN id, total, items`,
    { ids, offset: page.offset, limit: page.limit },
  );

const STATEMENT_ROW = `{ id: st.id, text: st.text, direct: st.direct, date: toString(st.date), channel: st.channel,
  speakerId: speaker.id, aboutIds: [(st)-[:ABOUT]->(x:Entity) | x.id],
  evidence: [(st)-[:IN]->(s:Sentence) | { sentenceId: s.id, articleId: s.articleId }] }`;

export const statementsBy = (ids: readonly string[], page: PageArgs): CypherQuery =>
  cypher(
    `UNWIND $ids AS id
MATCH (speaker:Entity {id: id})
CALL (speaker) {
  MATCH (st:Statement)-[:SAID_BY]->(speaker)
  WITH st, speaker ORDER BY st.date, st.id
  WITH collect(${STATEMENT_ROW}) AS rows
  RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset + $limit)] AS items
}
RETURN id, total, items`,
    { ids, offset: page.offset, limit: page.limit },
  );

export const articlesPage = (page: PageArgs): CypherQuery =>
  cypher(
    `CALL () { MATCH (a:Article) RETURN count(a) AS total }
OPTIONAL CALL () { MATCH (a:Article) RETURN a ORDER BY a.publishedAt DESC, a.id SKIP toInteger($offset) LIMIT toInteger($limit) }
RETURN total, a${ARTICLE_PROJECTION} AS a`,
    { offset: page.offset, limit: page.limit },
  );

export const sentencesOfArticles = (ids: readonly string[], page: PageArgs): CypherQuery =>
  cypher(
    `UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  WITH s ORDER BY s.index
  WITH collect(s{ .id, .articleId, .index, .text, .section }) AS rows
  RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset + $limit)] AS items
}
RETURN id, total, items`,
    { ids, offset: page.offset, limit: page.limit },
  );

/** Sentence.section values of each ArticleSection (null: no condition). */
const SECTIONS: Record<ArticleSectionValue, string | null> = { BODY: 'body', COMMENTS: 'comment', ALL: null };

/** The entities of articles, of one label or any, named in one section of the article or anywhere. */
export const entitiesOfArticles = (
  ids: readonly string[],
  label: EntityLabel | null,
  section: ArticleSectionValue,
  page: PageArgs,
): CypherQuery =>
  cypher(
    `UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:HAS_ENTITY]->(e:Entity)
  WHERE ($label IS NULL OR $label IN labels(e))
    AND ($section IS NULL OR EXISTS { (a)-[:HAS_SENTENCE]->(s:Sentence {section: $section})-[:MENTIONS]->(e) })
  WITH e ORDER BY e.name, e.id
  WITH collect(e${ENTITY_PROJECTION}) AS rows
  RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset + $limit)] AS items
}
RETURN id, total, items`,
    { ids, label, section: SECTIONS[section], offset: page.offset, limit: page.limit },
  );

/** Shortest path over fact edges only (never through articles or sentences), with its entities. */
export const shortestPath = (fromId: string, toId: string, maxLength: number): CypherQuery => {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) throw new Error('maxLength must be 1..6');
  return cypher(
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[:${FACT_TYPE_PATTERN}*..${maxLength}]-(b))
WHERE all(r IN relationships(p) WHERE r.articles IS NOT NULL)
RETURN [n IN nodes(p) | n${entityProjection('n')}] AS nodes,
       [r IN relationships(p) | { type: type(r), fromId: startNode(r).id, toId: endNode(r).id, evidence: r.evidence }] AS steps`,
    { fromId, toId },
  );
};

export const countsByLabel = (): CypherQuery =>
  cypher(
    ['Article', 'Sentence', 'Entity', ...ENTITY_LABELS, 'Statement', 'Comment', 'Commenter']
      .map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS n`)
      .join('\nUNION ALL\n'),
  );

/** Statements filtered by topic and speaker, in date order. */
export const statementsPage = (aboutId: string | null, speakerId: string | null, page: PageArgs): CypherQuery => {
  const where = `WHERE ($speakerId IS NULL OR EXISTS { (st)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($aboutId IS NULL OR EXISTS { (st)-[:ABOUT]->(:Entity {id: $aboutId}) })`;
  return cypher(
    `CALL () { MATCH (st:Statement) ${where} RETURN count(st) AS total }
OPTIONAL CALL () { MATCH (st:Statement) ${where} RETURN st ORDER BY st.date, st.id SKIP toInteger($offset) LIMIT toInteger($limit) }
OPTIONAL MATCH (st)-[:SAID_BY]->(speaker:Entity)
RETURN total, CASE WHEN st IS NULL THEN null ELSE ${STATEMENT_ROW} END AS s`,
    { aboutId, speakerId, offset: page.offset, limit: page.limit },
  );
};

/** Places within a radius (metres), nearest first: served by the point index on Place.location. */
export const placesNear = (latitude: number, longitude: number, radiusM: number, limit: number): CypherQuery =>
  cypher(
    `WITH point({latitude: $latitude, longitude: $longitude}) AS here
MATCH (e:Place) WHERE point.distance(e.location, here) <= $radius
WITH e, point.distance(e.location, here) AS metres
ORDER BY metres LIMIT toInteger($limit)
RETURN e${ENTITY_PROJECTION} AS e, metres`,
    { latitude, longitude, radius: radiusM, limit },
  );

/** What a subgraph's reader will look at: the rest is not read from the store nor sent over Bolt. */
export interface SubgraphFields {
  /** whole entities of the nodes (else only id, name and, with `types`, label) */
  entities: boolean;
  /** the nodes' entity labels */
  types: boolean;
  /** per edge: its stable id, confidence, evidence and other properties */
  edgeKey: boolean;
  confidence: boolean;
  evidence: boolean;
  properties: boolean;
}
export const ALL_SUBGRAPH_FIELDS: SubgraphFields = {
  entities: true,
  types: true,
  edgeKey: true,
  confidence: true,
  evidence: true,
  properties: true,
};

/**
 * Entities around a center over fact edges (depth is a validated literal 1..3), nearest first, and the
 * fact edges among them, in one query. The neighbourhood is cut to `limit` (one more is read, to know
 * whether it was cut) before anything is projected: a hub's 2-hop neighbourhood can be thousands.
 *
 * Nodes and edges come back as parallel lists (ids, names, distances; types, sources, targets)
 * rather than a map per node and per edge: a subgraph is hundreds of both, and every map sends and
 * decodes its keys again. Only the edge fields that may be null (confidence) or are lists travel
 * as maps, and only when asked for.
 */
export const subgraph = (centerId: string, depth: number, limit: number, want = ALL_SUBGRAPH_FIELDS): CypherQuery => {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new Error('depth must be 1..3');
  const extras = [
    want.edgeKey ? 'key: elementId(r)' : null,
    want.confidence ? 'confidence: r.confidence' : null,
    want.evidence ? 'evidence: r.evidence' : null,
    want.properties ? 'props: properties(r)' : null,
  ].filter((f) => f !== null);
  const nodes = [
    'ids: [k IN kept | k.o.id]',
    'names: [k IN kept | k.o.name]',
    'distances: [k IN kept | k.distance]',
    want.types && !want.entities ? `labels: [k IN kept | ${LABEL_OF('k.o')}]` : null,
    want.entities ? `entities: [k IN kept | ${entityProjection('k.o')}]` : null,
  ].filter((f) => f !== null);
  const center = want.entities
    ? entityProjection('c')
    : `{ id: c.id, name: c.name${want.types ? `, label: ${LABEL_OF('c')}` : ''} }`;
  return cypher(
    `MATCH (c:Entity {id: $centerId})
CALL (c) {
  MATCH p = (c)-[:${FACT_TYPE_PATTERN}*1..${depth}]-(o:Entity)
  WHERE o <> c AND all(r IN relationships(p) WHERE r.articles IS NOT NULL)
  WITH o, min(length(p)) AS distance
  ORDER BY distance, o.name, o.id LIMIT toInteger($limit) + 1
  RETURN collect({ o: o, distance: distance }) AS found
}
WITH c, found[0..toInteger($limit)] AS kept, size(found) > toInteger($limit) AS truncated
WITH c, kept, truncated, [c] + [k IN kept | k.o] AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r:${FACT_TYPE_PATTERN}]->(b:Entity) WHERE r.articles IS NOT NULL AND b IN ns
  RETURN collect(type(r)) AS types, collect(a.id) AS sources, collect(b.id) AS targets${
    extras.length ? `, collect({ ${extras.join(', ')} }) AS extras` : ''
  }
}
RETURN ${center} AS center, { ${nodes.join(', ')} } AS nodes, truncated,
  { types: types, sources: sources, targets: targets${extras.length ? ', extras: extras' : ''} } AS edges`,
    { centerId, limit: limit - 1 },
  );
};
