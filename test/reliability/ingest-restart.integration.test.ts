/** Neo4j restarts in the middle of an ingest run: the run waits, retries and completes; nothing half-written. */
import { managedInstance } from '../../scripts/lib/instance-from-config';
import { start, stop } from '../../scripts/lib/managed-neo4j';
import { checkGraph } from '../../src/graph/check';
import { cypher } from '../../src/graph/cypher';
import { ingestPaths } from '../../src/ingest';
import { makeCorpus } from '../helpers/corpus';
import { countsByLabel, useCleanGraph } from '../helpers/neo4j';

const managed = process.env.NEWSGRAPH_TEST_STARTED_NEO4J === '1';

(managed ? describe : describe.skip)('Neo4j restart during npm run ingest', () => {
  const { graph } = useCleanGraph();

  it('completes every article once Neo4j is back', async () => {
    const dir = makeCorpus(30);
    let restarted: Promise<unknown> | null = null;
    const summary = await ingestPaths(graph(), [dir], {
      onProgress: (done) => {
        if (done === 5 && !restarted)
          restarted = stop(managedInstance('test'))
            .then(() => new Promise((r) => setTimeout(r, 2000)))
            .then(() => start(managedInstance('test')));
      },
    });
    await restarted;
    expect(summary.failed).toBe(0);
    // an article whose commit was acknowledged just as Neo4j went away is found unchanged on retry
    expect(summary.created + summary.unchanged).toBe(30);
    expect((await countsByLabel(graph())).Article).toBe(30);
    expect((await checkGraph(graph())).filter((r) => r.violations > 0)).toEqual([]);
    const [row] = await graph().read<{ n: number }>(
      cypher('MATCH (a:Article) WHERE NOT (a)-[:HAS_ENTITY]->() RETURN count(a) AS n'),
    );
    expect(row!.n).toBe(0);
  }, 180_000);
});
