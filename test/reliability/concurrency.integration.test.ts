/** 8 concurrent ingests of overlapping article sets plus ingestArticle mutations: the same graph as one sequential ingest. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphClient } from '../../src/graph/client';
import { createDriver } from '../../src/graph/driver';
import { ingestPaths } from '../../src/ingest';
import { makeCorpus } from '../helpers/corpus';
import { checksum, testConfig, wipe } from '../helpers/neo4j';
import { gql, useServer } from '../helpers/server';

const KEY = 'test-api-key-123';
const EXTRA = [
  'date 2023-03-01\nPolish President Andrzej Duda met NATO Secretary General Jens Stoltenberg in Warsaw on Tuesday.',
  'date 2023-03-02\nGerman Chancellor Olaf Scholz said Germany would send more tanks to Ukraine.',
];

describe('concurrent writers', () => {
  const app = useServer({ API_KEY: KEY });

  it('converge on the graph a sequential ingest builds', async () => {
    const corpus = makeCorpus(16);
    const files = fs.readdirSync(corpus).map((f) => path.join(corpus, f));
    // 8 overlapping sets of 6 articles
    const sets = Array.from({ length: 8 }, (_, i) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ng-set${i}-`));
      for (let k = 0; k < 6; k++) {
        const f = files[(i * 2 + k) % files.length]!;
        fs.copyFileSync(f, path.join(dir, path.basename(f)));
      }
      return dir;
    });
    const graph = app().graph;
    await wipe(graph);
    const cfg = testConfig();
    const clients = sets.map(() => new GraphClient(createDriver(cfg), graph.uri, graph.database, 60_000));
    const mutate = (text: string) =>
      gql(
        app().server.url,
        'mutation ($t: String!) { ingestArticle(input: { text: $t }) { created } }',
        { t: text },
        { 'x-api-key': KEY },
      );
    try {
      const results = await Promise.all([
        ...sets.map((d, i) => ingestPaths(clients[i]!, [d])),
        ...EXTRA.map(mutate),
        ...EXTRA.map(mutate),
      ]);
      for (const r of results.slice(0, 8)) expect((r as { failed: number }).failed).toBe(0);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
    const concurrent = await checksum(graph);
    await wipe(graph);
    await ingestPaths(graph, [corpus]);
    for (const t of EXTRA) await mutate(t);
    expect(await checksum(graph)).toBe(concurrent);
  }, 180_000);
});
