/**
 * What the read scenarios ask about: a seeded sample of the synthetic graph's entities, half drawn
 * from the same heavy tail the facts use (the hubs people look up most) and half uniformly (the
 * long tail). Each request takes the next item, so one run touches many parts of the graph and, at
 * 1M entities, measures Neo4j's page cache as well as the servers' code.
 */
import { seededRandom } from '../../src/util';
import { cypher, type CypherQuery } from '../../src/graph';
import { labelOf, syntheticId } from './synthetic';

export interface SampledEntity {
  id: string;
  name: string;
  label: string;
}

/** The events page a place's second page starts after, per GraphQL system. */
export interface EventsPage {
  placeId: string;
  newsgraphCursor: string | null;
  neo4jGraphqlCursor: string | null;
}

export interface BenchSample {
  /** every entity of the sample, in draw order */
  entities: SampledEntity[];
  /** search texts: sampled people's full names and surnames, alternately */
  searchTexts: string[];
  /** pairs of sampled entities for shortest paths */
  pathPairs: [string, string][];
  /** sampled places that have events, with each GraphQL system's cursor of their first page */
  events: EventsPage[];
  from: string;
  to: string;
}

export const SAMPLE_SIZE = 1000;

/** Indexes of `size` distinct entities out of `entities`, seeded: hubs and the long tail alike. */
export function sampleIndexes(entities: number, size = SAMPLE_SIZE, seed = 7): number[] {
  const random = seededRandom(seed + entities);
  const want = Math.min(size, entities);
  const chosen = new Set<number>();
  while (chosen.size < want) {
    // the facts' own heavy tail (synthetic.ts) on even draws, uniform on odd ones
    const i =
      chosen.size % 2 === 0
        ? Math.min(entities - 1, Math.floor(entities * Math.pow(random(), 2.5)))
        : Math.floor(random() * entities);
    chosen.add(i);
  }
  return [...chosen];
}

/** Places among the sample's indexes, for the events scenario. */
export const samplePlaces = (indexes: number[]) => indexes.filter((i) => labelOf(i) === 'Place').map(syntheticId);

export const namesOf = (ids: string[]): CypherQuery =>
  cypher(
    `UNWIND $ids AS id MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label`,
    { ids },
  );

/**
 * The sampled places with at least one event: an empty page measures nothing. Every synthetic event
 * is dated inside the bench's window (synthetic.ts), so no date test is needed here, and none may be:
 * with one, Neo4j plans from the events' date index once per place, which timed out at 1M entities.
 */
export const placesWithEvents = (ids: string[]): CypherQuery =>
  cypher(
    `UNWIND $ids AS id MATCH (p:Place {id: id})
WHERE EXISTS { (p)<-[:OCCURRED_IN]-(:Event) }
RETURN p.id AS id`,
    { ids },
  );

/** Search texts from the sampled people: a full name, then a surname, alternately. */
export function searchTextsOf(people: SampledEntity[]): string[] {
  return people.map((p, i) => (i % 2 === 0 ? p.name : (p.name.split(' ')[1] ?? p.name)));
}

/** Consecutive sampled entities as path ends: near and far pairs, as users ask. */
export function pathPairsOf(entities: SampledEntity[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < entities.length; i += 2) pairs.push([entities[i]!.id, entities[i + 1]!.id]);
  return pairs;
}

/** The n-th item, cycling: request n of a run asks about it. */
export const nth = <T>(items: T[], n: number): T => {
  if (items.length === 0) throw new Error('the bench sample is empty');
  return items[n % items.length]!;
};
