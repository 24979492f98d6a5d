/** A batch with hostile files: each bad one is refused with a clear reason, the rest go in, the graph stays consistent. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkGraph } from '../../src/graph/check';
import { cypher } from '../../src/graph/cypher';
import { ingestPaths } from '../../src/ingest';
import { useCleanGraph } from '../helpers/neo4j';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../seeds/000_81a7e6c2b50a8b52.txt'), 'utf8');

describe('hostile articles in a batch', () => {
  const { graph } = useCleanGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-hostile-'));
  beforeAll(() => {
    fs.writeFileSync(path.join(dir, 'a-empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'b-spaces.txt'), ' \n\t\n ');
    fs.writeFileSync(path.join(dir, 'c-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'd-latin1.txt'), Buffer.from([0x4b, 0x79, 0x69, 0x76, 0xe9, 0x20, 0x66, 0xfc]));
    fs.writeFileSync(path.join(dir, 'e-huge.txt'), 'Kyiv said. '.repeat(600_000));
    fs.writeFileSync(path.join(dir, 'f-broken.json'), '{"title": "x", "text": ');
    fs.writeFileSync(
      path.join(dir, 'g-script.html'),
      '<html><body><script>alert("Jens Stoltenberg")</script><p>Olaf Scholz visited Kyiv on Monday.</p></body></html>',
    );
    fs.writeFileSync(
      path.join(dir, 'h-comments-only.txt'),
      '© (c) Copyright Reuters 2023.\nNemo\nNATO should act now.\n',
    );
    fs.writeFileSync(
      path.join(dir, 'i-repeated.txt'),
      'NATO Secretary General Jens Stoltenberg met Jens Stoltenberg. '.repeat(2000),
    );
    fs.writeFileSync(path.join(dir, 'j-seed.txt'), SEED);
  });

  it('refuses each bad file with its reason and ingests the rest', async () => {
    const s = await ingestPaths(graph(), [dir]);
    const reasons = Object.fromEntries(s.failures.map((f) => [path.basename(f.source), f.error.split(':')[0]]));
    expect(reasons).toEqual({
      'a-empty.txt': 'EMPTY_INPUT',
      'b-spaces.txt': 'EMPTY_INPUT',
      'c-binary.txt': 'BINARY_INPUT',
      'd-latin1.txt': 'INVALID_UTF8',
      'e-huge.txt': 'TOO_LARGE',
      'f-broken.json': 'INVALID_JSON',
    });
    expect(s.created).toBe(4);
    const people = await graph().read<{ id: string }>(cypher('MATCH (p:Person) RETURN p.id AS id'));
    const ids = people.map((p) => p.id);
    expect(ids).toContain('person:olaf-scholz');
    expect(ids).toContain('person:jens-stoltenberg');
    expect(ids).not.toContain('person:nemo');
    expect((await checkGraph(graph())).filter((r) => r.violations > 0)).toEqual([]);
  });
});
