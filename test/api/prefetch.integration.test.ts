/**
 * The look-ahead on `entity`: the whole entity → relationships → other/evidence shape is read in one
 * Neo4j query, and it answers exactly what the field-by-field loaders answer.
 */
import path from 'node:path';
import { ingestPaths } from '../../src/ingest';
import { wipe } from '../helpers/neo4j';
import { gql, useServer } from '../helpers/server';

const SEEDS = path.resolve(__dirname, '../../seeds');

describe('entity look-ahead', () => {
  const app = useServer();
  const url = () => app().server.url;
  beforeAll(async () => {
    await wipe(app().graph);
    await ingestPaths(app().graph, [SEEDS]);
  });

  /** Neo4j queries the server has run so far, from its own /metrics. */
  async function neo4jQueries(): Promise<number> {
    const text = await (await fetch(url().replace(/\/graphql$/, '/metrics'))).text();
    return [...text.matchAll(/^newsgraph_neo4j_query_duration_seconds_count\{[^}]*\} (\d+)/gm)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
  }

  const FACTS = `relationships(first: 3) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { type direction confidence properties other { id name type } evidence { sentence { id index text } article { id publisher } } } } }`;

  it('reads an entity with its facts, their other ends and evidence sentences in one query', async () => {
    const before = await neo4jQueries();
    const res = await gql(url(), `{ entity(id: "organization:nato") { id name ${FACTS} } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.entity.relationships.edges.length).toBe(3);
    // one for the entity shape; evidence articles come from a second (their own loader)
    expect((await neo4jQueries()) - before).toBe(2);
  });

  it('also reads the shape without totals in one query (and without counting)', async () => {
    const before = await neo4jQueries();
    const res = await gql(
      url(),
      `{ entity(id: "organization:nato") { id relationships(first: 3) { edges { node { type other { name } evidence { sentence { text } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.entity.relationships.edges).toHaveLength(3);
    expect((await neo4jQueries()) - before).toBe(1);
  });

  it('reads other ends briefly where only id, name and type are shown, and whole where more is', async () => {
    const before = await neo4jQueries();
    const res = await gql(
      url(),
      `{ entity(id: "organization:nato") {
         brief: relationships(first: 5) { edges { node { other { id name type } } } }
         whole: relationships(first: 5) { edges { node { other { id name type aliases externalIds { source } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { brief, whole } = res.data.entity;
    expect(brief.edges).toHaveLength(5);
    expect(brief.edges.map((e: any) => e.node.other)).toEqual(
      whole.edges.map(({ node: { other } }: any) => ({ id: other.id, name: other.name, type: other.type })),
    );
    // the whole ends carry what the brief ones were not read with: NATO's neighbours include places with GeoNames ids
    expect(whole.edges.every((e: any) => Array.isArray(e.node.other.aliases))).toBe(true);
    expect(whole.edges.some((e: any) => e.node.other.externalIds.length > 0)).toBe(true);
    // one look-ahead query (the first field), one page of facts, one batch of other ends
    expect((await neo4jQueries()) - before).toBe(3);
  });

  it('answers the same as the field-by-field loaders, for every entity of the article', async () => {
    const listed = await gql(
      url(),
      `{ articles(first: 1) { edges { node { entities(first: 30) { edges { node { id ${FACTS} } } } } } } }`,
    );
    expect(listed.errors).toBeUndefined();
    const entities = listed.data.articles.edges[0].node.entities.edges.map((e: any) => e.node);
    expect(entities).toHaveLength(30);
    for (const viaLoaders of entities) {
      const res = await gql(url(), `query ($id: ID!) { entity(id: $id) { id ${FACTS} } }`, { id: viaLoaders.id });
      expect(res.data.entity).toEqual(viaLoaders);
    }
  });

  it('serves aliased relationship fields with different arguments each their own page', async () => {
    const res = await gql(
      url(),
      `{ entity(id: "organization:nato") {
         ... on Organization { first: relationships(first: 2) { edges { node { other { id } } } } }
         next: relationships(first: 3, direction: OUTGOING) { totalCount edges { node { direction other { id } } } }
         all: relationships(first: 100) { totalCount } } }`,
    );
    expect(res.errors).toBeUndefined();
    const e = res.data.entity;
    expect(e.first.edges).toHaveLength(2);
    expect(e.next.edges.every((x: any) => x.node.direction === 'OUTGOING')).toBe(true);
    expect(e.next.totalCount).toBeLessThan(e.all.totalCount);
  });

  it('reports bad page arguments as BAD_USER_INPUT, not as a failed prefetch', async () => {
    const res = await gql(url(), `{ entity(id: "organization:nato") { relationships(first: 1000) { totalCount } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts facts only for fields that show a total, and never mixes the two pages up', async () => {
    const res = await gql(
      url(),
      `{ entity(id: "organization:nato") {
         plain: relationships(first: 2) { edges { node { other { id } } } }
         counted: relationships(first: 2) { totalCount pageInfo { hasNextPage } edges { node { other { id } } } } }
         search(text: "NATO", types: [ORGANIZATION], first: 1) { entity { relationships(first: 2) { totalCount } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const e = res.data.entity;
    expect(e.plain.edges).toEqual(e.counted.edges);
    // the seed's NATO: Stoltenberg's position, support of Kyiv, Russia's claim of hostility, the Brussels meeting, based in
    // Brussels (docs/extraction.md)
    expect(e.counted.totalCount).toBe(5);
    expect(e.counted.pageInfo.hasNextPage).toBe(true);
    // the same entity and page elsewhere in the request, counted: not the uncounted page primed above
    expect(res.data.search[0].entity.relationships.totalCount).toBe(5);
  });

  it('reads properties only for fields that show them, and never serves a page without them to one that does', async () => {
    const res = await gql(
      url(),
      `{ entity(id: "person:jens-stoltenberg") { relationships(first: 5) { edges { node { type } } } }
         search(text: "Stoltenberg", types: [PERSON], first: 1) {
           entity { relationships(first: 5) { edges { node { type properties } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const shown = res.data.search[0].entity.relationships.edges.map((e: any) => e.node);
    expect(shown.map((n: any) => n.type)).toEqual(res.data.entity.relationships.edges.map((e: any) => e.node.type));
    expect(shown).toContainEqual({
      type: 'HOLDS_POSITION',
      properties: expect.objectContaining({ title: 'Secretary General' }),
    });
  });

  it('returns null for an unknown entity', async () => {
    const res = await gql(url(), `{ entity(id: "person:nobody") { id ${FACTS} } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.entity).toBeNull();
  });
});
