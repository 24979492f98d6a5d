/** The benchmark scenarios: the same question asked of each system, in that system's own language. */
import fs from 'node:fs';
import { projectPath } from '../../src/util';

export type System = 'newsgraph' | 'neo4j-graphql' | 'raw-driver';
export const SYSTEMS: System[] = ['newsgraph', 'neo4j-graphql', 'raw-driver'];

export interface BenchArgs {
  hubId: string;
  searchText: string;
  placeId: string;
  from: string;
  to: string;
  /** cursors of the first page of events, per system */
  newsgraphCursor: string;
  neo4jGraphqlCursor: string;
  pathFrom: string;
  pathTo: string;
}

export interface Request {
  body: string | ((n: number) => string);
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
export function requestFor(system: System, scenario: Scenario, a: BenchArgs, apiKey: string): Request | null {
  switch (scenario) {
    case 'entity':
      if (system === 'newsgraph')
        return {
          body: gql(
            `query($id: ID!) { entity(id: $id) { id name relationships(first: 20) { edges { node {
              type direction confidence other { id name } evidence { sentence { text } } } } } } }`,
            { id: a.hubId },
          ),
        };
      if (system === 'neo4j-graphql')
        return {
          body: gql(
            `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name
              facts { type direction confidence otherId otherName evidence } } }`,
            { id: a.hubId },
          ),
        };
      return { body: raw('entity', [a.hubId]) };
    case 'search':
      if (system === 'newsgraph')
        return {
          body: gql(
            `query($t: String!) { search(text: $t, types: [PERSON], first: 10) { score entity { id name } } }`,
            {
              t: a.searchText,
            },
          ),
        };
      if (system === 'neo4j-graphql')
        return {
          body: gql(`query($t: String!) { peopleByName(phrase: $t, first: 10) { edges { score node { id name } } } }`, {
            t: a.searchText,
          }),
        };
      return { body: raw('search', [a.searchText]) };
    case 'events-page-2': {
      const vars = { from: a.from, to: a.to, placeId: a.placeId };
      if (system === 'newsgraph') return { body: gql(EVENTS_NEWSGRAPH, { ...vars, after: a.newsgraphCursor }) };
      if (system === 'neo4j-graphql')
        return { body: gql(EVENTS_NEO4J_GRAPHQL, { ...vars, after: a.neo4jGraphqlCursor }) };
      return { body: raw('events', [a.placeId, a.from, a.to, 50]) };
    }
    case 'shortest-path':
      if (system === 'newsgraph')
        return {
          body: gql(
            `query($f: ID!, $t: ID!) { shortestPath(fromId: $f, toId: $t, maxLength: 4) { length nodes { id name }
              relationships { type from { id } to { id } } } }`,
            { f: a.pathFrom, t: a.pathTo },
          ),
        };
      if (system === 'neo4j-graphql')
        return {
          body: gql(
            `query($f: ID!, $t: ID!) { shortestPath(fromId: $f, toId: $t) { length nodes { id name } steps { type fromId toId } } }`,
            { f: a.pathFrom, t: a.pathTo },
          ),
        };
      return { body: raw('shortestPath', [a.pathFrom, a.pathTo]) };
    case 'subgraph':
      if (system === 'newsgraph')
        return {
          body: gql(
            `query($c: ID!) { subgraph(centerId: $c, depth: 2, limit: 200) { nodes { id label } edges { source target type } } }`,
            { c: a.hubId },
          ),
        };
      if (system === 'neo4j-graphql')
        return {
          body: gql(`query($c: ID!) { subgraph(centerId: $c) { nodes { id label } edges { source target type } } }`, {
            c: a.hubId,
          }),
        };
      return { body: raw('subgraph', [a.hubId]) };
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
