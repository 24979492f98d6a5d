import path from 'node:path';
import { checkGraph } from '../../src/graph/check';
import { cypher } from '../../src/graph/cypher';
import { ingestPaths } from '../../src/ingest';
import { useCleanGraph } from '../helpers/neo4j';

describe('checkGraph', () => {
  const { graph } = useCleanGraph();
  beforeAll(async () => {
    await ingestPaths(graph(), [
      path.resolve(__dirname, '../../seeds'),
      path.resolve(__dirname, '../fixtures/articles'),
    ]);
  });

  it('finds nothing wrong after a clean ingest', async () => {
    expect((await checkGraph(graph())).filter((r) => r.violations > 0)).toEqual([]);
  });

  it('notices evidence that lost its sentence', async () => {
    // a sentence some fact cites (an arbitrary one may support nothing, and then nothing is wrong)
    await graph().write(
      cypher(`MATCH ()-[r]->() WHERE r.evidence IS NOT NULL WITH r LIMIT 1
MATCH (s:Sentence {id: r.evidence[0]}) DETACH DELETE s`),
    );
    const failing = (await checkGraph(graph())).filter((r) => r.violations > 0).map((r) => r.name);
    expect(failing).toContain('evidence pointing at a missing sentence');
  });
});
