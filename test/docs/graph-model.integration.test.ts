/** The Cypher in docs/graph-model.md runs as written against the seed. */
import fs from 'node:fs';
import path from 'node:path';
import { cypher } from '../../src/graph/cypher';
import { ingestPaths } from '../../src/ingest';
import { useCleanGraph } from '../helpers/neo4j';

const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/graph-model.md'), 'utf8');
const blocks = [...doc.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

describe('docs/graph-model.md examples', () => {
  const { graph } = useCleanGraph();
  beforeAll(async () => {
    await ingestPaths(graph(), [path.resolve(__dirname, '../../seeds')]);
  });

  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(7));

  it.each(blocks.map((b) => [b.split('\n')[0]!, b]))('runs: %s', async (_first, text) => {
    const rows = await graph().read(cypher(text));
    expect(rows.length).toBeGreaterThan(0);
  });
});
