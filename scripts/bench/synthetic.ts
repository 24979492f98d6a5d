/**
 * Synthetic graphs shaped like the real one, for benchmarks at 10k-1M entities: articles with
 * sentences, the four entity kinds, fact edges with evidence and a heavy-tailed degree
 * distribution (a few hubs, a long tail), events with dates and places. Deterministic per size.
 * Written with batched UNWIND ... CREATE statements, parameters only.
 */
import type { EntityLabel } from '../../src/vocabulary';
import { seededRandom } from '../../src/util';
import { cypher, type CypherQuery } from '../../src/graph';

const FIRST = [
  'Anna',
  'Boris',
  'Chen',
  'Dana',
  'Elif',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Petra',
  'Quinn',
  'Rosa',
  'Sami',
  'Tomas',
];
const LAST = [
  'Adler',
  'Berg',
  'Costa',
  'Dube',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ivanov',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Weber',
];
const ORG = [
  'Ministry',
  'Council',
  'Bank',
  'Agency',
  'Alliance',
  'Brigade',
  'Institute',
  'Party',
  'Union',
  'Commission',
];
const PLACE = ['Port', 'Hill', 'Lake', 'Ford', 'Bridge', 'Valley', 'Field', 'Bay', 'Rock', 'Spring'];
const EVENT_TYPES = ['ATTACK', 'MEETING', 'AID_PLEDGE', 'ADVANCE', 'RETREAT', 'SHOOT_DOWN', 'AGREEMENT'];

export type SyntheticLabel = EntityLabel;

export interface SyntheticShape {
  entities: number;
  articles: number;
  sentencesPerArticle: number;
  factsPerEntity: number;
}

export function shapeFor(entities: number): SyntheticShape {
  return { entities, articles: Math.max(10, Math.round(entities / 20)), sentencesPerArticle: 10, factsPerEntity: 2 };
}

/** Entity i's label: 40% people, 25% organisations, 25% places, 10% events. */
export function labelOf(i: number): SyntheticLabel {
  const m = i % 20;
  return m < 8 ? 'Person' : m < 13 ? 'Organization' : m < 18 ? 'Place' : 'Event';
}

export const syntheticId = (i: number) => `${labelOf(i).toLowerCase()}:syn-${i}`;

/** Unique names, as the resolved entities of a real graph have: the index tells namesakes apart. */
function nameOf(i: number): string {
  const k = Math.floor(i / 20);
  switch (labelOf(i)) {
    case 'Person':
      return `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length) % LAST.length]} ${i}`;
    case 'Organization':
      return `${LAST[k % LAST.length]} ${ORG[Math.floor(k / LAST.length) % ORG.length]} ${i}`;
    case 'Place':
      return `${LAST[k % LAST.length]} ${PLACE[Math.floor(k / LAST.length) % PLACE.length]} ${i}`;
    case 'Event':
      return `${EVENT_TYPES[k % EVENT_TYPES.length]} ${i}`;
  }
}

const day = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Fact type for an edge between two kinds, from the extraction's vocabulary. */
function factType(from: SyntheticLabel, to: SyntheticLabel, r: number): string {
  if (to === 'Event') return 'PARTICIPATED_IN';
  if (from === 'Event') return to === 'Place' ? 'OCCURRED_IN' : 'PARTICIPATED_IN';
  if (from === 'Person' && to !== 'Person') return r < 0.7 ? 'HOLDS_POSITION' : 'MEMBER_OF';
  if (from === 'Person') return 'COMMUNICATED_WITH';
  if (from === 'Place' && to === 'Place') return 'LOCATED_IN';
  if (to === 'Place') return r < 0.5 ? 'BASED_IN' : 'CONTROLS';
  return ['SUPPORTS', 'FIGHTS_AGAINST', 'ALLIED_WITH', 'PART_OF'][Math.floor(r * 4)]!;
}

const BATCH = 10_000;

function* batches<T>(count: number, row: (i: number) => T): Generator<T[]> {
  for (let start = 0; start < count; start += BATCH) {
    const rows: T[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) rows.push(row(i));
    yield rows;
  }
}

/** The statements that build the graph, in order; each is one batch (one transaction). */
export function* syntheticGraph(shape: SyntheticShape, seed = 42): Generator<CypherQuery> {
  const random = seededRandom(seed + shape.entities);
  const { entities: n, articles, sentencesPerArticle } = shape;
  const sentences = articles * sentencesPerArticle;
  // heavy tail: low indexes are drawn far more often (hubs), most entities rarely
  const pick = () => Math.min(n - 1, Math.floor(n * Math.pow(random(), 2.5)));

  for (const rows of batches(articles, (i) => ({
    id: `syn-a${i}`,
    date: day(i % 730),
    title: `Synthetic report ${i}`,
  }))) {
    yield cypher(
      `UNWIND $rows AS r CREATE (:Article {id: r.id, title: r.title, publisher: 'Synthetic', publishedAt: date(r.date), textHash: r.id})`,
      { rows },
    );
  }
  for (const rows of batches(sentences, (i) => {
    const a = Math.floor(i / sentencesPerArticle);
    return { id: `syn-a${a}:s${i % sentencesPerArticle}`, articleId: `syn-a${a}`, index: i % sentencesPerArticle };
  })) {
    yield cypher(
      `UNWIND $rows AS r MATCH (a:Article {id: r.articleId})
CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: r.id, articleId: r.articleId, index: r.index, section: 'body', start: 0, end: 80,
  text: 'Sentence ' + r.index + ' of ' + r.articleId + ', a synthetic report of who did what where.'})`,
      { rows },
    );
  }
  for (const rows of batches(n, (i) => {
    const label = labelOf(i);
    const lat = -60 + random() * 130;
    const lon = -180 + random() * 360;
    return {
      id: syntheticId(i),
      label,
      name: nameOf(i),
      lat: label === 'Place' ? lat : null,
      lon: label === 'Place' ? lon : null,
      date: label === 'Event' ? day(Math.floor(random() * 730)) : null,
      eventType: label === 'Event' ? EVENT_TYPES[i % EVENT_TYPES.length] : null,
    };
  })) {
    yield cypher(
      `UNWIND $rows AS r
CREATE (e:Entity:$(r.label) {id: r.id, name: r.name, aliases: [], aliasText: ''})
SET e.latitude = r.lat, e.longitude = r.lon,
    e.location = CASE WHEN r.lat IS NULL THEN null ELSE point({latitude: r.lat, longitude: r.lon}) END,
    e.countryCode = CASE WHEN r.lat IS NULL THEN null ELSE 'XS' END,
    e.date = CASE WHEN r.date IS NULL THEN null ELSE date(r.date) END, e.eventType = r.eventType`,
      { rows },
    );
  }
  const facts = n * shape.factsPerEntity;
  for (const rows of batches(facts, (i) => {
    // every entity gets at least one fact as the source; targets come from the heavy tail
    const from = i < n ? i : pick();
    let to = pick();
    if (to === from) to = (to + 1) % n;
    if (labelOf(to) === 'Event' && labelOf(from) === 'Event') to = (to + 1) % n;
    const a = Math.floor(random() * articles);
    const s = Math.floor(random() * sentencesPerArticle);
    const fromLabel = labelOf(from);
    const type = factType(fromLabel, labelOf(to), random());
    return {
      from: syntheticId(from),
      to: syntheticId(to),
      type,
      key: type === 'HOLDS_POSITION' ? 'Director' : type === 'PARTICIPATED_IN' ? 'participant' : '',
      sid: `syn-a${a}:s${s}`,
      aid: `syn-a${a}`,
      date: day(a % 730),
      confidence: Math.round((0.5 + random() * 0.5) * 100) / 100,
    };
  })) {
    yield cypher(
      `UNWIND $rows AS r
MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to}), (s:Sentence {id: r.sid}), (art:Article {id: r.aid})
CREATE (a)-[f:$(r.type) {key: r.key, evidence: [r.sid], spans: [r.sid + '@0-10'], articles: [r.aid], seen: [r.aid + ':' + r.date],
  confidence: r.confidence, firstSeen: date(r.date), lastSeen: date(r.date)}]->(b)
SET f.title = CASE WHEN r.type = 'HOLDS_POSITION' THEN r.key ELSE null END,
    f.role = CASE WHEN r.type = 'PARTICIPATED_IN' THEN r.key ELSE null END
CREATE (s)-[:MENTIONS {start: 0, end: 10, text: a.name}]->(a)
CREATE (s)-[:MENTIONS {start: 20, end: 30, text: b.name}]->(b)
MERGE (art)-[:HAS_ENTITY]->(a)
MERGE (art)-[:HAS_ENTITY]->(b)`,
      { rows },
    );
  }
}

/** How many write batches syntheticGraph yields, for a progress bar. */
export function syntheticBatchCount(shape: SyntheticShape): number {
  const c = (x: number) => Math.ceil(x / BATCH);
  return (
    c(shape.articles) +
    c(shape.articles * shape.sentencesPerArticle) +
    c(shape.entities) +
    c(shape.entities * shape.factsPerEntity)
  );
}
