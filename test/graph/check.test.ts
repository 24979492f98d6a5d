import path from 'node:path';
import { checkGraph } from '../../src/graph/check';
import { cypher } from '../../src/graph/cypher';
import { ingestPaths } from '../../src/ingest/ingest-files';
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
    await graph().write(cypher('MATCH (s:Sentence) WITH s LIMIT 1 DETACH DELETE s'));
    const failing = (await checkGraph(graph())).filter((r) => r.violations > 0).map((r) => r.name);
    expect(failing.length).toBeGreaterThan(0);
  });
});
