/** Every limit and every error code, through HTTP: clear typed errors, the graph unchanged. */
import { startServer, type RunningServer } from '../../src/api/server';
import { loadConfig } from '../../src/config';
import { GraphClient } from '../../src/graph/client';
import { cypher } from '../../src/graph/cypher';
import { createDriver } from '../../src/graph/driver';
import { createLogger } from '../../src/observability/logger';
import { wipe } from '../helpers/neo4j';
import { gql, useServer } from '../helpers/server';

const KEY = 'test-api-key-123';
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const ARTICLE =
  'date 2023-03-01\nPolish President Andrzej Duda met NATO Secretary General Jens Stoltenberg in Warsaw on Tuesday.';

describe('limits and errors', () => {
  const app = useServer({ API_KEY: KEY });
  const url = () => app().server.url;
  beforeAll(async () => wipe(app().graph));

  it.each([
    ['first above 100', '{ entities(first: 101) { totalCount } }'],
    ['negative first', '{ entities(first: -1) { totalCount } }'],
    ['a malformed cursor', '{ entities(after: "not-a-cursor") { totalCount } }'],
    ['a negative cursor', `{ entities(after: "${Buffer.from('offset:-5').toString('base64url')}") { totalCount } }`],
    ['a day that is not in the calendar', '{ events(from: "2023-02-30") { totalCount } }'],
    ['a giant id', `{ entity(id: "${'x'.repeat(5000)}") { id } }`],
    ['a maxLength of 50', '{ shortestPath(fromId: "a", toId: "b", maxLength: 50) { length } }'],
    ['empty search text', '{ search(text: "  ") { score } }'],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query) => {
    const res = await gql(url(), query);
    expect(code(res)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a date that is no date at all', '{ events(from: "2023-13-45") { totalCount } }'],
    ['a wrongly typed argument', '{ entities(first: "ten") { totalCount } }'],
    ['an unknown field', '{ entities { nope } }'],
  ])('refuses %s with HTTP 400 GRAPHQL_VALIDATION_FAILED', async (_name, query) => {
    const res = await gql(url(), query);
    expect([res.status, code(res)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it.each([
    ['a query cut off mid-way', '{ entities(first: 5) { edges { node { id na'],
    ['random punctuation', '[  :z{]"!z!( '],
    ['an empty document', '   '],
  ])('answers %s with HTTP 400 GRAPHQL_PARSE_FAILED, in both media types', async (_name, query) => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const res = await gql(url(), query, {}, { accept });
      expect([res.status, code(res)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    }
  });

  it('refuses a variable of the wrong type with HTTP 400 BAD_USER_INPUT', async () => {
    const res = await gql(url(), 'query ($n: Int) { entities(first: $n) { totalCount } }', { n: 'ten' });
    expect([res.status, code(res)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it.each([
    ['a publishedAt that is not a calendar day', { publishedAt: '2023-02-30' }, 'ingestArticle.input.publishedAt'],
    ['a publishedAt far in the future', { publishedAt: '9999-12-31' }, 'ingestArticle.input.publishedAt'],
    ['a 1 MB title', { title: 'T'.repeat(1 << 20) }, 'ingestArticle.input.title'],
    ['a huge publisher', { publisher: 'P'.repeat(5000) }, 'ingestArticle.input.publisher'],
  ])('refuses %s with BAD_USER_INPUT naming the argument, writing nothing', async (_name, extra, argument) => {
    const m = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;
    const res = await gql(url(), m, { input: { text: ARTICLE, ...extra } }, { 'x-api-key': KEY });
    expect([res.status, code(res), res.errors?.[0]?.extensions?.argument]).toEqual([400, 'BAD_USER_INPUT', argument]);
    const [row] = await app().graph.read<{ n: number }>(cypher('MATCH (n) RETURN count(n) AS n'));
    expect(row!.n).toBe(0);
  });

  it('refuses an article with a header and no text as BAD_USER_INPUT with reason NO_TEXT, writing nothing', async () => {
    const m = 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { created } }';
    const res = await gql(url(), m, { t: 'date 2023-02-16\n' }, { 'x-api-key': KEY });
    expect([code(res), res.errors?.[0]?.extensions?.reason, res.errors?.[0]?.extensions?.argument]).toEqual([
      'BAD_USER_INPUT',
      'NO_TEXT',
      'text',
    ]);
    const [row] = await app().graph.read<{ n: number }>(cypher('MATCH (n) RETURN count(n) AS n'));
    expect(row!.n).toBe(0);
  });

  it('refuses an impossible date written into the query itself, naming the argument', async () => {
    const res = await gql(
      url(),
      `mutation { ingestArticle(input: { text: "Duda met Stoltenberg.", publishedAt: "2023-02-30" }) { created } }`,
      {},
      { 'x-api-key': KEY },
    );
    expect([code(res), res.errors?.[0]?.extensions?.argument]).toEqual([
      'BAD_USER_INPUT',
      'ingestArticle.input.publishedAt',
    ]);
  });

  it('refuses depth bombs and alias floods with QUERY_TOO_COMPLEX', async () => {
    const nest = (d: number): string =>
      d === 0 ? 'id' : `relationships { edges { node { other { ${nest(d - 1)} } } } }`;
    expect(code(await gql(url(), `{ entity(id: "x") { ${nest(6)} } }`))).toBe('QUERY_TOO_COMPLEX');
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: health { status }`).join(' ');
    expect(code(await gql(url(), `{ ${aliases} }`))).toBe('QUERY_TOO_COMPLEX');
  });

  it('returns null for an unknown entity', async () => {
    const res = await gql(url(), '{ entity(id: "person:nobody") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.entity).toBeNull();
  });

  it('needs the API key for mutations: UNAUTHENTICATED without, FORBIDDEN with a wrong one', async () => {
    const m = 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { created } }';
    expect(code(await gql(url(), m, { t: ARTICLE }))).toBe('UNAUTHENTICATED');
    expect(code(await gql(url(), m, { t: ARTICLE }, { 'x-api-key': 'wrong-key-000' }))).toBe('FORBIDDEN');
    const [row] = await app().graph.read<{ n: number }>(cypher('MATCH (n) RETURN count(n) AS n'));
    expect(row!.n).toBe(0);
  });

  it('ingests an article idempotently and deletes it', async () => {
    const m = `mutation ($t: String!) { ingestArticle(input: { text: $t, title: "Duda meets Stoltenberg" }) {
      created article { id title publishedAt entities(type: PERSON) { edges { node { name } } } } } }`;
    const first = await gql(url(), m, { t: ARTICLE }, { 'x-api-key': KEY });
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle.created).toBe(true);
    const names = first.data.ingestArticle.article.entities.edges.map((e: any) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['Andrzej Duda', 'Jens Stoltenberg']));
    const again = await gql(url(), m, { t: ARTICLE }, { 'x-api-key': KEY });
    expect(again.data.ingestArticle.created).toBe(false);
    const id = first.data.ingestArticle.article.id;
    const del = await gql(url(), 'mutation ($id: ID!) { deleteArticle(id: $id) }', { id }, { 'x-api-key': KEY });
    expect(del.data.deleteArticle).toBe(true);
    expect(code(await gql(url(), 'mutation ($id: ID!) { deleteArticle(id: $id) }', { id }, { 'x-api-key': KEY }))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses an empty or binary-looking article with BAD_USER_INPUT', async () => {
    const m = 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { created } }';
    expect(code(await gql(url(), m, { t: '   ' }, { 'x-api-key': KEY }))).toBe('BAD_USER_INPUT');
    expect(code(await gql(url(), m, { t: 'abc\u0000\u0001def' }, { 'x-api-key': KEY }))).toBe('BAD_USER_INPUT');
    const [row] = await app().graph.read<{ n: number }>(cypher('MATCH (a:Article) RETURN count(a) AS n'));
    expect(row!.n).toBe(0);
  });

  it('refuses batched operations and CSRF-style simple requests', async () => {
    const batch = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { status } }' }]),
    });
    expect(batch.status).toBe(400);
    const csrf = await fetch(`${url()}?query=${encodeURIComponent('{ health { status } }')}`, { method: 'GET' });
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/i);
  });
});

describe('when Neo4j is unreachable', () => {
  let server: RunningServer;
  let graph: GraphClient;
  beforeAll(async () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        NEO4J_URI: 'bolt://127.0.0.1:1',
        NEO4J_PASSWORD: 'not-the-dev-one',
        API_KEY: KEY,
        PORT: '0',
        LOG_LEVEL: 'silent',
        NEO4J_CONNECT_TIMEOUT_MS: '1000',
      },
      '/nonexistent/.env',
    );
    graph = new GraphClient(createDriver(config), config.NEO4J_URI, config.NEO4J_DATABASE, 2000);
    server = await startServer(config, graph, createLogger('silent'));
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('answers fast with DATABASE_UNAVAILABLE, no stack trace and no Cypher', async () => {
    const t0 = Date.now();
    const res = await gql(server.url, '{ entity(id: "organization:nato") { name } }');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(code(res)).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|MATCH|bolt:\/\//);
  });

  it('stays alive but not ready', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    const health = await gql(server.url, '{ health { status neo4jVersion } }');
    expect(health.data.health.neo4jVersion).toBeNull();
  });
});
