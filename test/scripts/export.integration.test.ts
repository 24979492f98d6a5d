/** `npm run export`: the whole graph or one article, as GraphML, CSV and JSON lines that tools can read. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { cypher } from '../../src/graph/cypher';
import { ingestPaths } from '../../src/ingest';
import { useCleanGraph } from '../helpers/neo4j';
import { ROOT, runScript } from '../helpers/scripts';

const SEED = '12f53d0ea5860583';

describe('npm run export', () => {
  const { graph, config } = useCleanGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
  let total: { nodes: number; rels: number };
  beforeAll(async () => {
    await ingestPaths(graph(), [
      path.resolve(ROOT, 'seeds'),
      path.resolve(ROOT, 'test/fixtures/articles/business.txt'),
    ]);
    const [n] = await graph().read<{ n: number }>(cypher('MATCH (x) WHERE x.id IS NOT NULL RETURN count(x) AS n'));
    // the graph's own nodes have ids; name keys (resolution's index) are not part of an export
    const [r] = await graph().read<{ n: number }>(
      cypher('MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN count(r) AS n'),
    );
    total = { nodes: n!.n, rels: r!.n };
  });

  it('writes the whole graph as GraphML with every node and relationship', async () => {
    const file = path.join(dir, 'all.graphml');
    const res = await runScript(config, 'scripts/export.ts', ['--format', 'graphml', '--out', file]);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain(`exported ${total.nodes} nodes and ${total.rels} relationships`);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(fs.readFileSync(file, 'utf8'));
    const g = doc.graphml.graph;
    expect(g.node).toHaveLength(total.nodes);
    expect(g.edge).toHaveLength(total.rels);
    const nato = g.node.find((n: any) => n['@_id'] === 'organization:nato');
    expect(nato.data).toEqual(expect.arrayContaining([{ '#text': 'Entity:Organization', '@_key': 'labels' }]));
    const position = g.edge.find(
      (e: any) => e['@_source'] === 'person:jens-stoltenberg' && e['@_target'] === 'organization:nato',
    );
    expect(position.data).toEqual(expect.arrayContaining([{ '#text': 'HOLDS_POSITION', '@_key': 'type' }]));
  });

  it("exports one article's subgraph only: its facts, not the other article's", async () => {
    const res = await runScript(config, 'scripts/export.ts', ['--format', 'jsonl', '--article', SEED]);
    expect(res.code).toBe(0);
    const lines = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const nodes = lines.filter((l) => l.type === 'node');
    const rels = lines.filter((l) => l.type === 'relationship');
    expect(nodes.length).toBeLessThan(total.nodes);
    expect(nodes.some((n) => n.id === 'person:jens-stoltenberg')).toBe(true);
    // nothing of the business article: neither its sentences nor its article node
    expect(nodes.filter((n) => n.labels.includes('Article')).map((n) => n.id)).toEqual([SEED]);
    expect(nodes.every((n) => !n.labels.includes('Sentence') || n.id.startsWith(`${SEED}:`))).toBe(true);
    // every fact is supported by this article, and every end of every relationship is in the file
    const ids = new Set(nodes.map((n) => n.id));
    expect(rels.every((r) => ids.has(r.start) && ids.has(r.end))).toBe(true);
    for (const r of rels.filter((x) => x.properties.articles)) expect(r.properties.articles).toContain(SEED);
    const place = nodes.find((n) => n.id === 'place:bakhmut');
    expect(place.properties.location).toEqual({ latitude: expect.any(Number), longitude: expect.any(Number) });
  });

  it('writes nodes.csv and relationships.csv in neo4j-admin import style', async () => {
    const out = path.join(dir, 'csv');
    const res = await runScript(config, 'scripts/export.ts', ['--format', 'csv', '--out', out, '--article', SEED]);
    expect(res.code).toBe(0);
    const nodes: any[] = parseCsv(fs.readFileSync(path.join(out, 'nodes.csv')), { columns: true });
    const rels: any[] = parseCsv(fs.readFileSync(path.join(out, 'relationships.csv')), { columns: true });
    expect(Object.keys(nodes[0])).toEqual(['id:ID', ':LABEL', 'name', 'properties']);
    const stoltenberg = nodes.find((n: any) => n['id:ID'] === 'person:jens-stoltenberg');
    expect(stoltenberg[':LABEL']).toBe('Entity;Person');
    expect(stoltenberg.name).toBe('Jens Stoltenberg');
    const fact = rels.find((r: any) => r[':TYPE'] === 'HOLDS_POSITION' && r[':START_ID'] === 'person:jens-stoltenberg');
    expect(JSON.parse(fact.properties).evidence.length).toBeGreaterThan(0);
  });

  it('refuses an unknown article and a format it does not know', async () => {
    const unknown = await runScript(config, 'scripts/export.ts', ['--format', 'jsonl', '--article', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no article with id nope');
    // nothing half-written: neither the file nor its partial copy is left behind
    const file = path.join(dir, 'unknown.graphml');
    const toFile = await runScript(config, 'scripts/export.ts', [
      '--format',
      'graphml',
      '--article',
      'nope',
      '--out',
      file,
    ]);
    expect(toFile.code).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('unknown.graphml'))).toEqual([]);
    const bad = await runScript(config, 'scripts/export.ts', ['--format', 'xlsx']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Allowed choices are graphml, csv, jsonl/);
  });
});
