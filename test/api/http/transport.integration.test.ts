/**
 * The HTTP layer in front of Apollo (src/api/graphql-http.ts on node:http): bodies it cannot read get
 * a GraphQL-shaped 4xx, other paths a 404, and CORS headers go to browsers (requests with an Origin).
 */
import { useServer } from '../../helpers/server';

describe('the HTTP transport', () => {
  const app = useServer({ CORS_ORIGINS: 'https://allowed.example' });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(app().server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const code = async (res: Response) => ((await res.json()) as any).errors[0].extensions.code;

  it('answers a body that is not JSON, or too large, with a 4xx and a BAD_REQUEST code', async () => {
    const bad = await post('{"query": "{ health { status } }"');
    expect(bad.status).toBe(400);
    expect(await code(bad)).toBe('BAD_REQUEST');
    const huge = await post(JSON.stringify({ query: '{ health { status } }', pad: 'x'.repeat(26 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await code(huge)).toBe('BAD_REQUEST');
    const text = await post('{ health { status } }', { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    // and the server still answers
    expect(((await (await post(JSON.stringify({ query: '{ health { status } }' }))).json()) as any).data).toEqual({
      health: { status: 'ok' },
    });
  });

  it('answers GET queries and serves nothing but its routes', async () => {
    const get = await fetch(`${app().server.url}?query=${encodeURIComponent('{ health { status } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(((await get.json()) as any).data.health.status).toBe('ok');
    const missing = await fetch(app().server.url.replace('/graphql', '/nothing-here'));
    expect(missing.status).toBe(404);
    expect(await code(missing)).toBe('NOT_FOUND');
  });

  it('sends CORS headers to the configured origin only, and answers its preflight', async () => {
    const body = JSON.stringify({ query: '{ health { status } }' });
    const allowed = await post(body, { origin: 'https://allowed.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    const other = await post(body, { origin: 'https://other.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(app().server.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://allowed.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });
});
