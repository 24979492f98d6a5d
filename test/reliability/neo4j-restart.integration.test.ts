/** Neo4j goes away under a running API and comes back: fast typed errors, then recovery without a restart. */
import { managedInstance } from '../../scripts/lib/instance-from-config';
import { start, stop } from '../../scripts/lib/managed-neo4j';
import { gql, useServer } from '../helpers/server';

// Only when the suite manages its own Neo4j: never stop a server someone else runs.
const managed = process.env.NEWSGRAPH_TEST_STARTED_NEO4J === '1';

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = Date.now();
  const out = await work();
  return [out, Date.now() - t0];
};

(managed ? describe : describe.skip)('Neo4j restart under a running API', () => {
  const app = useServer({ NEO4J_QUERY_TIMEOUT_MS: '5000' });

  it('answers DATABASE_UNAVAILABLE at once while Neo4j is known to be down, and the first request after it is back succeeds', async () => {
    const base = app().server.url.replace(/\/graphql$/, '');
    const stats = () => gql(app().server.url, '{ stats { articles } }');
    expect((await stats()).errors).toBeUndefined();
    await stop(managedInstance('test'));
    try {
      const [first, firstMs] = await timed(stats);
      expect(first.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(firstMs).toBeLessThan(15_000);
      // the breaker is open: no waiting on the driver's timeouts and retries
      const [second, secondMs] = await timed(stats);
      expect([second.status, second.errors?.[0]?.extensions?.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
      expect(secondMs).toBeLessThan(1000);
      const [ready, readyMs] = await timed(() => fetch(`${base}/readyz`));
      expect(ready.status).toBe(503);
      expect(readyMs).toBeLessThan(2000);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await start(managedInstance('test'));
    }
    expect((await stats()).errors).toBeUndefined();
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  }, 120_000);
});
