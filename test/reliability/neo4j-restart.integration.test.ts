/** Neo4j goes away under a running API and comes back: fast typed errors, then recovery without a restart. */
import { managedInstance } from '../../scripts/lib/instance-from-config';
import { start, stop } from '../../scripts/lib/managed-neo4j';
import { gql, useServer } from '../helpers/server';

// Only when the suite manages its own Neo4j: never stop a server someone else runs.
const managed = process.env.NEWSGRAPH_TEST_STARTED_NEO4J === '1';

(managed ? describe : describe.skip)('Neo4j restart under a running API', () => {
  const app = useServer({ NEO4J_QUERY_TIMEOUT_MS: '5000' });

  it('answers DATABASE_UNAVAILABLE quickly while Neo4j is down and recovers by itself', async () => {
    const base = app().server.url.replace(/\/graphql$/, '');
    expect((await gql(app().server.url, '{ stats { articles } }')).errors).toBeUndefined();
    await stop(managedInstance('test'));
    try {
      const t0 = Date.now();
      const down = await gql(app().server.url, '{ stats { articles } }');
      expect(Date.now() - t0).toBeLessThan(15_000);
      expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await start(managedInstance('test'));
    }
    let recovered = false;
    for (let i = 0; i < 30 && !recovered; i++) {
      recovered = (await gql(app().server.url, '{ stats { articles } }')).errors === undefined;
      if (!recovered) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  }, 120_000);
});
