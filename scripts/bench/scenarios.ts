/** The benchmark scenarios: the same question asked of each system, in that system's own language. */
import fs from 'node:fs';
import { toLuceneQuery } from '../../src/api/search-text';
import { projectPath } from '../../src/util';
import { type BenchSample, nth } from './sample';

export type System = 'newsgraph' | 'neo4j-graphql' | 'raw-driver';
export const SYSTEMS: System[] = ['newsgraph', 'neo4j-graphql', 'raw-driver'];

export interface Request {
  /** the body of the run's n-th request: read scenarios walk the sample, ingest writes a new copy */
  body: (n: number) => string;
  headers?: Record<string, string>;
}

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const raw = (scenario: string, args: unknown[]) => JSON.stringify({ scenario, args });

export const SCENARIOS = ['entity', 'search', 'events-page-2', 'shortest-path', 'subgraph', 'ingest'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const EVENTS_NEWSGRAPH = `query($from: Date, $to: Date, $placeId: ID, $after: String) {
  events(from: $from, to: $to, placeId: $placeId, first: 50, after: $after) {
    edges { node { id name ... on Event { date } } } pageInfo { hasNextPage endCursor } totalCount } }`;
export const EVENTS_NEO4J_GRAPHQL = `query($from: Date, $to: Date, $placeId: ID, $after: String) {
  eventsConnection(where: { date: { gte: $from, lte: $to }, occurredIn: { some: { id: { eq: $placeId } } } },
    sort: [{ date: ASC }], first: 50, after: $after) {
    edges { node { id name date } } pageInfo { hasNextPage endCursor } totalCount } }`;

const SEED = fs.readFileSync(projectPath('seeds', '000_81a7e6c2b50a8b52.txt'), 'utf8');
/** The seed with a distinct closing line, so every ingest is a real write (not the unchanged no-op). */
const seedVariant = (n: number) => `${SEED}\nBench copy ${n} ${process.pid}.\n`;

/** The request each system gets for a scenario; null where the system has no equivalent. */
export function requestFor(system: System, scenario: Scenario, a: BenchSample, apiKey: string): Request | null {
  const id = (n: number) => nth(a.entities, n).id;
  const text = (n: number) => nth(a.searchTexts, n);
  // the baselines get the Lucene query newsgraph makes of the text (every word must match): the same question
  const lucene = (n: number) => toLuceneQuery(text(n));
  const pair = (n: number) => nth(a.pathPairs, n);
  switch (scenario) {
    case 'entity':
      if (system === 'newsgraph')
        return {
          body: (n) =>
            gql(
              `query($id: ID!) { entity(id: $id) { id name relationships(first: 20) { edges { node {
              type direction confidence other { id name } evidence { sentence { text } } } } } } }`,
              { id: id(n) },
            ),
        };
      if (system === 'neo4j-graphql')
        return {
          body: (n) =>
            gql(
              `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name
              facts { type direction confidence otherId otherName evidence } } }`,
              { id: id(n) },
            ),
        };
      return { body: (n) => raw('entity', [id(n)]) };
    case 'search':
      if (system === 'newsgraph')
        return {
          body: (n) =>
            gql(`query($t: String!) { search(text: $t, types: [PERSON], first: 10) { score entity { id name } } }`, {
              t: text(n),
            }),
        };
      if (system === 'neo4j-graphql')
        return {
          body: (n) =>
            gql(`query($t: String!) { peopleByName(phrase: $t, first: 10) { edges { score node { id name } } } }`, {
              t: lucene(n),
            }),
        };
      return { body: (n) => raw('search', [lucene(n)]) };
    case 'events-page-2': {
      const vars = (n: number) => ({ from: a.from, to: a.to, placeId: nth(a.events, n).placeId });
      if (system === 'newsgraph')
        return { body: (n) => gql(EVENTS_NEWSGRAPH, { ...vars(n), after: nth(a.events, n).newsgraphCursor }) };
      if (system === 'neo4j-graphql')
        return { body: (n) => gql(EVENTS_NEO4J_GRAPHQL, { ...vars(n), after: nth(a.events, n).neo4jGraphqlCursor }) };
      return { body: (n) => raw('events', [nth(a.events, n).placeId, a.from, a.to, 50]) };
    }
    case 'shortest-path':
      if (system === 'newsgraph')
        return {
          body: (n) =>
            gql(
              `query($f: ID!, $t: ID!) { shortestPath(fromId: $f, toId: $t, maxLength: 4) { length nodes { id name }
              relationships { type from { id } to { id } } } }`,
              { f: pair(n)[0], t: pair(n)[1] },
            ),
        };
      if (system === 'neo4j-graphql')
        return {
          body: (n) =>
            gql(
              `query($f: ID!, $t: ID!) { shortestPath(fromId: $f, toId: $t) { length nodes { id name } steps { type fromId toId } } }`,
              { f: pair(n)[0], t: pair(n)[1] },
            ),
        };
      return { body: (n) => raw('shortestPath', pair(n)) };
    case 'subgraph':
      if (system === 'newsgraph')
        return {
          body: (n) =>
            gql(
              `query($c: ID!) { subgraph(centerId: $c, depth: 2, limit: 200) { nodes { id label } edges { source target type } } }`,
              { c: id(n) },
            ),
        };
      if (system === 'neo4j-graphql')
        return {
          body: (n) =>
            gql(`query($c: ID!) { subgraph(centerId: $c) { nodes { id label } edges { source target type } } }`, {
              c: id(n),
            }),
        };
      return { body: (n) => raw('subgraph', [id(n)]) };
    case 'ingest':
      if (system === 'newsgraph')
        return {
          headers: { 'x-api-key': apiKey },
          body: (n) =>
            gql(`mutation($t: String!, $u: String) { ingestArticle(input: { text: $t, url: $u }) { created } }`, {
              t: seedVariant(n),
              u: `https://bench.example/${process.pid}/${n}`,
            }),
        };
      if (system === 'raw-driver')
        return { body: (n) => raw('ingest', [seedVariant(n), `https://bench.example/raw/${process.pid}/${n}`]) };
      return null; // @neo4j/graphql has no extraction: nothing equivalent to compare
  }
}
