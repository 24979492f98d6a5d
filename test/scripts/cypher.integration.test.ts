/** `npm run cypher`: files and piped input run against the real Neo4j, read-only unless --write. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest';
import { countsByLabel, useCleanGraph } from '../helpers/neo4j';
import { ROOT, runScript } from '../helpers/scripts';

describe('npm run cypher', () => {
  const { graph, config } = useCleanGraph();
  beforeAll(async () => {
    await ingestPaths(graph(), [path.resolve(ROOT, 'seeds')]);
  });

  it('runs a file with parameters and prints a table', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-')), 'q.cypher');
    fs.writeFileSync(
      file,
      `:param id => organization:nato
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Entity {id: $id})
RETURN p.name AS person, r.title AS title;
MATCH (a:Article) RETURN count(a) AS articles;`,
    );
    const res = await runScript(config, 'scripts/cypher.ts', ['-f', file]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Jens Stoltenberg\s*│\s*Secretary General/);
    expect(res.stdout).toMatch(/articles[\s\S]*│ 1\s*│[\s\S]*1 row/);
  });

  it('reads piped statements and prints JSON lines with --format json', async () => {
    const res = await runScript(
      config,
      'scripts/cypher.ts',
      ['--format', 'json', '-P', 'limit => 2'],
      'MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT $limit;',
    );
    expect(res.code).toBe(0);
    const rows = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0])).toEqual(['name']);
  });

  it('sets several parameters from one -P JSON object, as :param {…} does', async () => {
    const res = await runScript(
      config,
      'scripts/cypher.ts',
      ['--format', 'json', '-P', '{"limit": 1, "prefix": "Jens"}'],
      'MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN p.name AS name LIMIT $limit;',
    );
    expect(res.stderr).toBe('');
    expect(
      res.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([{ name: 'Jens Stoltenberg' }]);
  });

  it('refuses writes unless --write, leaving the graph as it was', async () => {
    const before = await countsByLabel(graph());
    const res = await runScript(config, 'scripts/cypher.ts', [], 'MATCH (n:Entity) DETACH DELETE n;');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Writing in read access mode not allowed/);
    expect(await countsByLabel(graph())).toEqual(before);
  });

  it('reports a Cypher syntax error with a non-zero exit', async () => {
    const res = await runScript(config, 'scripts/cypher.ts', [], 'MATCH (n RETURN n;');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Invalid input/);
  });
});
