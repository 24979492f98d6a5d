import { gql, useServer } from '../helpers/server';

describe('health over HTTP', () => {
  const app = useServer();

  it('reports Neo4j 5.26 through the GraphQL health query', async () => {
    const res = await gql(app().server.url, '{ health { status neo4jVersion } }');
    expect(res.status).toBe(200);
    expect(res.data.health.status).toBe('ok');
    expect(res.data.health.neo4jVersion).toMatch(/^5\.26\./);
  });

  it('serves /healthz, /readyz and Prometheus /metrics', async () => {
    const base = app().server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
    await gql(app().server.url, 'query Probe { health { status } }');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/newsgraph_graphql_requests_total\{operation="Probe"\} 1/);
  });

  it('is not ready while start-up work goes on, and ready once it is done', async () => {
    const base = app().server.url.replace(/\/graphql$/, '');
    let finish!: () => void;
    app().server.notReadyWhile('ingesting seeds', new Promise<void>((resolve) => (finish = resolve)));
    const during = await fetch(`${base}/readyz`);
    expect(during.status).toBe(503);
    expect(await during.json()).toEqual({ status: 'not ready', reason: 'ingesting seeds' });
    expect((await fetch(`${base}/healthz`)).status).toBe(200); // alive all along
    finish();
    await new Promise((r) => setImmediate(r));
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('serves the Apollo Sandbox landing page to a browser', async () => {
    const res = await fetch(app().server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/sandbox/i);
  });
});
