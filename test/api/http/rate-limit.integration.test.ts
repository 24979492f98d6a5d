/** Per-client token buckets through HTTP: a flooding client gets 429 with Retry-After, others go on. */
import { gql, useServer } from '../../helpers/server';

const KEY = 'test-api-key-123';

describe('rate limits', () => {
  const app = useServer({
    API_KEY: KEY,
    RATE_LIMIT_READS_PER_SECOND: '0.5',
    RATE_LIMIT_READ_BURST: '5',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '1',
    RATE_LIMIT_MUTATION_BURST: '2',
  });
  const url = () => app().server.url;
  const read = (headers: Record<string, string> = {}) =>
    fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });

  it('answers a flood from one key with 429 and Retry-After, while another key and a keyless client read on', async () => {
    const flooder = { 'x-api-key': 'flooding-client-1' };
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await read(flooder)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const refused = await read(flooder);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');

    expect((await read({ 'x-api-key': 'another-client-2' })).status).toBe(200);
    expect((await read()).status).toBe(200);
    const metrics = await (await fetch(url().replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/newsgraph_rate_limited_total\{kind="read"\} [1-9]/);
  });

  it('keeps a tighter bucket for mutations than for reads', async () => {
    const m = 'mutation { deleteArticle(id: "no-such-article") }';
    const codes = [];
    for (let i = 0; i < 3; i++) {
      const res = await gql(url(), m, {}, { 'x-api-key': KEY });
      codes.push([res.status, res.errors?.[0]?.extensions?.code]);
    }
    expect(codes).toEqual([
      [200, 'NOT_FOUND'],
      [200, 'NOT_FOUND'],
      [429, 'RATE_LIMITED'],
    ]);
    // the same key still reads: the buckets are apart
    expect((await read({ 'x-api-key': KEY })).status).toBe(200);
  });
});
