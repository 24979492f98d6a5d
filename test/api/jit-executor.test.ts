import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { jitGateway } from '../../src/api/jit-executor';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../src/graph';

// a pure test of the executor inside Apollo's pipeline: no database, a schema of its own
class Unavailable extends Error {}

function serverWith() {
  const schema = makeExecutableSchema({
    typeDefs: `type Item { id: ID!, tags(first: Int = 2): [String!]! }
      type Query { items(ids: [ID!]!): [Item!]!, broken: Item, coded: Item, down: Item, slow: Item }`,
    resolvers: {
      Query: {
        items: async (_: unknown, { ids }: { ids: string[] }) =>
          ids.map((id) => ({ id, all: [`${id}a`, `${id}b`, `${id}c`] })),
        broken: async () => {
          throw new Unavailable('down');
        },
        coded: async () => {
          throw Object.assign(new Error('nope'), { extensions: { code: 'FORBIDDEN' } });
        },
        down: async () => {
          throw new DatabaseUnavailableError('bolt://nowhere:7687');
        },
        slow: async () => {
          throw new DatabaseTimeoutError(50);
        },
      },
      Item: { tags: (item: { all: string[] }, { first }: { first: number }) => item.all.slice(0, first) },
    },
  });
  const gateway = jitGateway(schema);
  const seen: unknown[] = [];
  const server = new ApolloServer({
    gateway,
    formatError: (formatted, error) => {
      seen.push(error);
      return formatted;
    },
  });
  return { server, seen };
}

describe('jitGateway (graphql-jit behind Apollo Server)', () => {
  it('answers like graphql-js: arguments, defaults, variables, nested lists', async () => {
    const { server } = serverWith();
    await server.start();
    const query = 'query($ids: [ID!]!) { items(ids: $ids) { id tags all: tags(first: 3) } }';
    // twice: the second request runs the operation compiled for the first
    for (const ids of [['x'], ['y', 'z']]) {
      const res = await server.executeOperation({ query, variables: { ids } });
      expect(res.body.kind === 'single' && res.body.singleResult).toEqual({
        data: {
          items: ids.map((id) => ({ id, tags: [`${id}a`, `${id}b`], all: [`${id}a`, `${id}b`, `${id}c`] })),
        },
      });
    }
    await server.stop();
  });

  it('hands formatError the thrown error and an extensions object, with path and code', async () => {
    const { server, seen } = serverWith();
    await server.start();
    const res = await server.executeOperation({ query: '{ broken { id } coded { id } }' });
    const body = res.body.kind === 'single' ? res.body.singleResult : null;
    expect(body?.data).toEqual({ broken: null, coded: null });
    expect(body?.errors?.map((e) => [e.path, e.extensions?.code, e.locations])).toEqual([
      [['broken'], 'INTERNAL_SERVER_ERROR', [{ line: 1, column: 3 }]],
      [['coded'], 'FORBIDDEN', [{ line: 1, column: 17 }]],
    ]);
    // formatError can unwrap the original (how the API tells a Neo4j outage from a bug)
    expect((seen[0] as { originalError?: unknown }).originalError).toBeInstanceOf(Unavailable);
    await server.stop();
  });

  it('reports an unknown operation name as an error, not a crash', async () => {
    const { server } = serverWith();
    await server.start();
    const res = await server.executeOperation({ query: 'query A { broken { id } }', operationName: 'B' });
    const body = res.body.kind === 'single' ? res.body.singleResult : null;
    expect(body?.errors?.[0]?.message).toMatch(/Unknown operation named "B"/);
    await server.stop();
  });

  it('answers 503 with retry-after while Neo4j is down and 504 when it stopped a statement at its timeout', async () => {
    const { server } = serverWith();
    await server.start();
    const down = await server.executeOperation({ query: '{ down { id } }' });
    expect([down.http.status, down.http.headers.get('retry-after')]).toEqual([503, '1']);
    const slow = await server.executeOperation({ query: '{ slow { id } }' });
    expect([slow.http.status, slow.http.headers.get('retry-after')]).toEqual([504, undefined]);
    await server.stop();
  });
});
