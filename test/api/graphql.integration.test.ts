/** The API through HTTP against the real Neo4j with the seed ingested: what a client app sees. */
import path from 'node:path';
import { cypher } from '../../src/graph/cypher';
import { ingestPaths } from '../../src/ingest';
import { checksum, wipe } from '../helpers/neo4j';
import { gql, useServer } from '../helpers/server';

const SEEDS = path.resolve(__dirname, '../../seeds');
const KEY = 'test-api-key-123';

describe('GraphQL API over the seed', () => {
  const app = useServer({ API_KEY: KEY });
  const url = () => app().server.url;
  beforeAll(async () => {
    await wipe(app().graph);
    await ingestPaths(app().graph, [SEEDS]);
  });

  it('answers who holds which position in NATO, with the sentence as evidence', async () => {
    const res = await gql(
      url(),
      `query ($id: ID!) { entity(id: $id) { name relationships(types: ["HOLDS_POSITION"], direction: INCOMING) {
        totalCount edges { node { properties other { name type } evidence { sentence { text } article { publisher publishedAt } } } } } } }`,
      { id: 'organization:nato' },
    );
    expect(res.errors).toBeUndefined();
    const edges = res.data.entity.relationships.edges;
    expect(edges).toContainEqual({
      node: {
        properties: expect.objectContaining({ title: 'Secretary General' }),
        other: { name: 'Jens Stoltenberg', type: 'PERSON' },
        evidence: [
          {
            sentence: { text: expect.stringContaining('NATO Secretary General Jens Stoltenberg said') },
            article: { publisher: 'Reuters', publishedAt: '2023-02-16' },
          },
        ],
      },
    });
  });

  it("says who asserts a fact: the article's own voice, or the speaker whose claim it is", async () => {
    const res = await gql(
      url(),
      `query ($id: ID!) { entity(id: $id) { relationships(first: 100) { edges { node { type assertion other { id }
        evidence { assertion attributedTo { id name } sentence { text } } } } } } }`,
      { id: 'organization:ukrainian-forces' },
    );
    expect(res.errors).toBeUndefined();
    const facts = res.data.entity.relationships.edges.map((e: any) => e.node);
    // "The Russian Defense Ministry said Ukrainian forces had retreated ...": the ministry's claim
    const retreat = facts.find((f: any) => f.type === 'PARTICIPATED_IN' && f.other.id.startsWith('event:retreat'));
    expect(retreat).toMatchObject({
      assertion: 'ATTRIBUTED',
      evidence: [{ assertion: 'ATTRIBUTED', attributedTo: { id: 'organization:russian-defense-ministry' } }],
    });
    const holds = await gql(
      url(),
      `{ entity(id: "organization:nato") { relationships(types: ["HOLDS_POSITION"], direction: INCOMING) {
        edges { node { assertion evidence { assertion attributedTo { id } } } } } } }`,
    );
    expect(holds.data.entity.relationships.edges[0].node).toEqual({
      assertion: 'REPORTED',
      evidence: [{ assertion: 'REPORTED', attributedTo: null }],
    });
  });

  it("filters an entity's facts by who asserts them", async () => {
    const query = `query ($assertion: Assertion) { entity(id: "organization:ukrainian-forces") {
      relationships(assertion: $assertion, first: 100) { totalCount edges { node { type assertion other { id } } } } } }`;
    const all = (await gql(url(), query, {})).data.entity.relationships;
    const claimed = (await gql(url(), query, { assertion: 'ATTRIBUTED' })).data.entity.relationships;
    const reported = (await gql(url(), query, { assertion: 'REPORTED' })).data.entity.relationships;
    expect(claimed.edges.map((e: any) => e.node.assertion)).not.toContain('REPORTED');
    expect(reported.edges.map((e: any) => e.node.assertion)).not.toContain('ATTRIBUTED');
    expect(claimed.edges.map((e: any) => e.node.other.id)).toContainEqual(expect.stringMatching(/^event:retreat/));
    expect(claimed.totalCount + reported.totalCount).toBe(all.totalCount);
  });

  it("lists an article's entities of the body by default, and the comments' on request", async () => {
    const query = `query ($section: ArticleSection) { articles { edges { node {
      entities(type: PERSON, section: $section, first: 100) { totalCount edges { node { name } } } } } } }`;
    const names = async (section?: string) =>
      (await gql(url(), query, section ? { section } : {})).data.articles.edges[0].node.entities.edges.map(
        (e: any) => e.node.name,
      );
    const body = await names();
    expect(body).toContain('Jens Stoltenberg');
    expect(body).not.toContain('Alina Kabaeva'); // named only in a reader's comment
    expect(await names('BODY')).toEqual(body);
    const comments = await names('COMMENTS');
    expect(comments).toContain('Alina Kabaeva');
    expect(comments).not.toContain('Jens Stoltenberg');
    expect((await names('ALL')).sort()).toEqual([...new Set([...body, ...comments])].sort());
  });

  it("serves an entity's ids in Wikidata, GeoNames and ISO 3166", async () => {
    const ids = async (id: string) =>
      (await gql(url(), `{ entity(id: "${id}") { externalIds { source id url } } }`)).data.entity.externalIds;
    expect(await ids('organization:nato')).toEqual([
      { source: 'WIKIDATA', id: 'Q7184', url: 'https://www.wikidata.org/wiki/Q7184' },
    ]);
    expect(await ids('place:ukraine')).toEqual(
      expect.arrayContaining([
        { source: 'WIKIDATA', id: 'Q212', url: 'https://www.wikidata.org/wiki/Q212' },
        { source: 'ISO_3166', id: 'UA', url: null },
      ]),
    );
    const kyiv = await ids('place:kyiv');
    expect(kyiv).toEqual([
      {
        source: 'GEONAMES',
        id: expect.stringMatching(/^\d+$/),
        url: expect.stringMatching(/^https:\/\/www\.geonames\.org\/\d+$/),
      },
    ]);
    expect(await ids('person:jens-stoltenberg')).toEqual([]);
  });

  it('answers where Bakhmut is', async () => {
    const res = await gql(
      url(),
      `{ entity(id: "place:bakhmut") { ... on Place { latitude longitude countryCode }
         relationships(types: ["LOCATED_IN"], direction: OUTGOING) { edges { node { other { name } } } } } }`,
    );
    expect(res.data.entity.countryCode).toBe('UA');
    expect(res.data.entity.latitude).toBeCloseTo(48.6, 0);
    expect(res.data.entity.relationships.edges.map((e: any) => e.node.other.name)).toContain('Donetsk');
  });

  it('answers what Josep Borrell said', async () => {
    const res = await gql(
      url(),
      `{ search(text: "Borrell", types: [PERSON]) { entity { name statements { totalCount edges { node { text direct speaker { name } evidence { sentence { index } } } } } } } }`,
    );
    const hit = res.data.search[0].entity;
    expect(hit.name).toBe('Josep Borrell');
    const said = hit.statements.edges.map((e: any) => e.node);
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(said.some((s: any) => s.direct && s.text.startsWith('It would be very disappointing'))).toBe(true);
    expect(said.every((s: any) => s.speaker.name === 'Josep Borrell' && s.evidence.length > 0)).toBe(true);
  });

  it('answers which events happened in Kyiv on 2023-02-15', async () => {
    const res = await gql(
      url(),
      `{ events(from: "2023-02-15", to: "2023-02-15", placeId: "place:kyiv") { totalCount edges { node { name date eventType } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.events.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ eventType: 'SHOOT_DOWN', date: '2023-02-15' }),
    );
  });

  it('finds the shortest path from Jens Stoltenberg to Bakhmut, with evidence on every step', async () => {
    const res = await gql(
      url(),
      `{ shortestPath(fromId: "person:jens-stoltenberg", toId: "place:bakhmut") { length nodes { name } relationships { type from { name } to { name } evidence { sentence { text } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const p = res.data.shortestPath;
    expect(p.length).toBeGreaterThanOrEqual(2);
    expect(p.length).toBeLessThanOrEqual(4);
    expect(p.nodes[0].name).toBe('Jens Stoltenberg');
    expect(p.nodes[p.nodes.length - 1].name).toBe('Bakhmut');
    for (const step of p.relationships) expect(step.evidence.length).toBeGreaterThan(0);
  });

  it('pages through entities with cursors and a total count', async () => {
    const q = `query ($after: String) { entities(type: PLACE, first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const first = (await gql(url(), q)).data.entities;
    expect(first.edges).toHaveLength(5);
    expect(first.totalCount).toBeGreaterThan(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(url(), q, { after: first.pageInfo.endCursor })).data.entities;
    expect(second.totalCount).toBe(first.totalCount);
    const seen = new Set(first.edges.map((e: any) => e.node.id));
    for (const e of second.edges) expect(seen.has(e.node.id)).toBe(false);
    // walking every page visits every place exactly once
    let after: string | null = null;
    const all: string[] = [];
    do {
      const page: any = (await gql(url(), q, { after })).data.entities;
      all.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(all).toHaveLength(first.totalCount);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps the total count on a page past the end of every paged list', async () => {
    const past = Buffer.from('offset:999').toString('base64url');
    const full = (
      await gql(
        url(),
        '{ entities { totalCount } events { totalCount } articles { totalCount } statements { totalCount } }',
      )
    ).data;
    let queries = 0;
    const stop = app().graph.observe(() => queries++);
    const res = await gql(
      url(),
      `query ($after: String) { entities(after: $after) { totalCount edges { cursor } pageInfo { hasNextPage } }
         events(after: $after) { totalCount edges { cursor } } articles(after: $after) { totalCount edges { cursor } }
         statements(after: $after) { totalCount edges { cursor } } }`,
      { after: past },
    );
    stop();
    expect(res.errors).toBeUndefined();
    expect(queries).toBe(4); // one per list: the total comes with the (empty) page
    for (const list of ['entities', 'events', 'articles', 'statements']) {
      expect(full[list].totalCount).toBeGreaterThan(0);
      expect(res.data[list].edges).toEqual([]);
      expect(res.data[list].totalCount).toBe(full[list].totalCount);
    }
    expect(res.data.entities.pageInfo.hasNextPage).toBe(false);
  });

  it('lists articles with their sentences and entities', async () => {
    const res = await gql(
      url(),
      `{ articles { totalCount edges { node { id publisher sentences(first: 2) { totalCount edges { node { index text } } } entities(type: PERSON) { totalCount } } } } }`,
    );
    const a = res.data.articles.edges[0].node;
    expect(res.data.articles.totalCount).toBe(1);
    expect(a.sentences.edges[0].node.index).toBe(0);
    expect(a.sentences.totalCount).toBeGreaterThan(30);
    expect(a.entities.totalCount).toBeGreaterThanOrEqual(6); // the people of the body: comments are not counted
  });

  it('treats Lucene syntax in search text as plain words', async () => {
    for (const text of ['") DETACH DELETE n //', '*:*', '~', 'Stoltenberg"', 'NATO AND OR', '(((', '\\']) {
      const res = await gql(url(), `query ($t: String!) { search(text: $t) { entity { id } } }`, { t: text });
      const code = res.errors?.[0]?.extensions?.code;
      expect(code === undefined || code === 'BAD_USER_INPUT').toBe(true);
      if (!res.errors) expect(res.data.search.length).toBeLessThan(10);
    }
    const [row] = await app().graph.read<{ n: number }>(cypher('MATCH (n:Entity) RETURN count(n) AS n'));
    expect(row!.n).toBeGreaterThan(20);
  });

  it('leaves the graph exactly as it was after a battery of hostile requests', async () => {
    const before = await checksum(app().graph);
    const nest = (d: number): string =>
      d === 0 ? 'id' : `relationships { edges { node { other { ${nest(d - 1)} } } } }`;
    // [query, variables, headers, the error code expected (null: a harmless answer)]
    const hostile: [string, Record<string, unknown>, Record<string, string>, string | null][] = [
      [`{ entity(id: "organization:nato") { ${nest(8)} } }`, {}, {}, 'QUERY_TOO_COMPLEX'],
      [
        `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`,
        {},
        {},
        'QUERY_TOO_COMPLEX',
      ],
      ['{ entities(first: 1000000) { totalCount } }', {}, {}, 'QUERY_TOO_COMPLEX'], // the cost limit sees it first
      ['{ entities(after: "b2Zmc2V0Oi05OTk") { totalCount } }', {}, {}, 'BAD_USER_INPUT'],
      ['query ($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(100_000) }, {}, 'BAD_USER_INPUT'],
      ['query ($t: String!) { search(text: $t) { score } }', { t: '") DETACH DELETE n //' }, {}, null],
      ['query ($t: String!) { search(text: $t) { score } }', { t: '*:* OR name:*' }, {}, null],
      ['query ($id: ID!) { entity(id: $id) { id } }', { id: "x' }) DETACH DELETE n //" }, {}, null],
      ['mutation { deleteArticle(id: "12f53d0ea5860583") }', {}, {}, 'UNAUTHENTICATED'],
      ['mutation { deleteArticle(id: "12f53d0ea5860583") }', {}, { 'x-api-key': 'guess-guess-guess' }, 'FORBIDDEN'],
      [
        'mutation ($t: String!) { ingestArticle(input: { text: $t }) { created } }',
        { t: 'NATO said hello.' },
        {},
        'UNAUTHENTICATED',
      ],
    ];
    for (const [query, variables, headers, expected] of hostile) {
      const res = await gql(url(), query, variables, headers);
      expect(res.errors?.[0]?.extensions?.code ?? null).toBe(expected);
    }
    const raw = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(raw.status).toBe(400);
    const batch = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ stats { articles } }' }]),
    });
    expect(batch.status).toBe(400);
    expect(await checksum(app().graph)).toBe(before);
  });

  it('batches nested fields: a fixed number of Cypher round-trips, whatever the number of entities', async () => {
    const q = `query ($n: Int) { entities(first: $n) { edges { node { id name relationships(first: 5) { edges { node { type other { name } evidence { sentence { text } article { title } } } } } } } } }`;
    const count = async (n: number) => {
      let queries = 0;
      const stop = app().graph.observe(() => queries++);
      const res = await gql(url(), q, { n });
      stop();
      expect(res.errors).toBeUndefined();
      expect(res.data.entities.edges).toHaveLength(n);
      return queries;
    };
    const few = await count(3);
    const many = await count(20);
    expect(many).toBeLessThanOrEqual(6);
    expect(many).toBe(few);
  });
});
