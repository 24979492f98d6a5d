/** Server options a deployment switches: automatic persisted queries, introspection off. */
import crypto from 'node:crypto';
import { gql, useServer } from '../helpers/server';

describe('automatic persisted queries', () => {
  const app = useServer();
  it('asks for the query once, then serves it by hash alone', async () => {
    const query = '{ health { status } }';
    const sha256Hash = crypto.createHash('sha256').update(query).digest('hex');
    const byHash = () =>
      fetch(app().server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      }).then((r) => r.json() as Promise<any>);
    expect((await byHash()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await fetch(app().server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    }).then((r) => r.json() as Promise<any>);
    expect(register.data.health.status).toBe('ok');
    expect((await byHash()).data.health.status).toBe('ok');
  });
});

describe('introspection switched off', () => {
  const app = useServer({ INTROSPECTION: 'false' });
  it('refuses introspection but still answers queries', async () => {
    const res = await gql(app().server.url, '{ __schema { types { name } } }');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await gql(app().server.url, '{ health { status } }')).data.health.status).toBe('ok');
  });
});
