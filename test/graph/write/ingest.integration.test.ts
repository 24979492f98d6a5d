import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/extract/pipeline';
import { GraphClient } from '../../../src/graph/client';
import { cypher } from '../../../src/graph/cypher';
import { createDriver } from '../../../src/graph/driver';
import { removeArticle as deleteArticle, writeArticle as ingestArticle } from '../../../src/graph/write';
import { ingestPaths } from '../../../src/ingest';
import { makeCorpus } from '../../helpers/corpus';
import { checksum, countsByLabel, useCleanGraph, wipe } from '../../helpers/neo4j';

const root = path.resolve(__dirname, '../../..');
const SEED_TEXT = fs.readFileSync(path.join(root, 'seeds/000_81a7e6c2b50a8b52.txt'), 'utf8');
const seedDoc = extract({ source: 'seed', text: SEED_TEXT });

const factEdges = (graph: GraphClient) =>
  graph.read<{ type: string; s: string; t: string; articles: string[]; evidence: string[] }>(
    cypher(
      'MATCH (s:Entity)-[r]->(t:Entity) WHERE r.articles IS NOT NULL RETURN type(r) AS type, s.id AS s, t.id AS t, r.articles AS articles, r.evidence AS evidence',
    ),
  );

describe('ingestion into the real Neo4j', () => {
  const { graph, config } = useCleanGraph();
  beforeEach(async () => wipe(graph()));

  it('writes the seed with the documented counts', async () => {
    const r = await ingestArticle(graph(), seedDoc, SEED_TEXT);
    expect(r.status).toBe('created');
    const counts = await countsByLabel(graph());
    expect(counts).toMatchObject({
      Article: 1,
      Sentence: seedDoc.sentences.length,
      Statement: seedDoc.statements.length,
      Entity: seedDoc.entities.length,
      Comment: 7,
      Commenter: 6,
    });
    expect(counts.Person).toBe(seedDoc.entities.filter((e) => e.type === 'Person').length);
    // provenance: every fact edge names its article and sentences, and those sentences exist
    const edges = await factEdges(graph());
    expect(edges.length).toBeGreaterThan(20);
    const [dangling] = await graph().read<{ n: number }>(
      cypher(`MATCH ()-[r]->() WHERE r.evidence IS NOT NULL UNWIND r.evidence AS sid
              OPTIONAL MATCH (s:Sentence {id: sid}) WITH sid, s WHERE s IS NULL RETURN count(*) AS n`),
    );
    expect(dangling!.n).toBe(0);
    const [pos] = await graph().read<{ title: string }>(
      cypher(
        `MATCH (:Person {id: 'person:jens-stoltenberg'})-[r:HOLDS_POSITION]->(:Organization {id: 'organization:nato'}) RETURN r.title AS title`,
      ),
    );
    expect(pos!.title).toBe('Secretary General');
  });

  it('changes nothing when the same article is ingested again', async () => {
    await ingestArticle(graph(), seedDoc, SEED_TEXT);
    const before = await checksum(graph());
    const r = await ingestArticle(graph(), seedDoc, SEED_TEXT);
    expect(r.status).toBe('unchanged');
    expect(await checksum(graph())).toBe(before);
  });

  it('lets two articles meet at shared entities, with evidence from each', async () => {
    const other =
      "date 2023-02-20\nNATO Secretary General Jens Stoltenberg met Ukraine's foreign minister Dmytro Kuleba in Brussels on Monday.";
    const otherDoc = extract({ source: 'other', text: other });
    await ingestArticle(graph(), seedDoc, SEED_TEXT);
    await ingestArticle(graph(), otherDoc, other);
    const [row] = await graph().read<{ n: number; articles: string[]; evidence: string[] }>(
      cypher(`MATCH (n:Entity {id: 'organization:nato'}) WITH count(n) AS n
              MATCH (:Person {id: 'person:jens-stoltenberg'})-[r:HOLDS_POSITION]->(:Organization {id: 'organization:nato'})
              RETURN n, r.articles AS articles, r.evidence AS evidence`),
    );
    expect(row!.n).toBe(1);
    expect(new Set(row!.articles)).toEqual(new Set([seedDoc.article.id, otherDoc.article.id]));
    expect(row!.evidence.length).toBe(2);
  });

  it('deletes an article with the facts only it supported and keeps the others', async () => {
    const other =
      "date 2023-02-20\nNATO Secretary General Jens Stoltenberg met Ukraine's foreign minister Dmytro Kuleba in Brussels on Monday.";
    const otherDoc = extract({ source: 'other', text: other });
    await ingestArticle(graph(), otherDoc, other);
    const alone = await checksum(graph());
    await ingestArticle(graph(), seedDoc, SEED_TEXT);
    expect(await deleteArticle(graph(), seedDoc.article.id)).toBe(true);
    expect(await checksum(graph())).toBe(alone);
    expect(await deleteArticle(graph(), seedDoc.article.id)).toBe(false);
  });

  it('replaces the facts of an article whose text changed under the same URL', async () => {
    const url = 'https://news.example/a';
    const v1 = 'date 2023-02-20\nGerman Chancellor Olaf Scholz visited Kyiv on Monday.';
    const v2 = 'date 2023-02-20\nFrench President Emmanuel Macron visited Kyiv on Monday.';
    const d1 = extract({ source: 'a', text: v1, meta: { url } });
    const d2 = extract({ source: 'a', text: v2, meta: { url } });
    expect(d1.article.id).toBe(d2.article.id);
    await ingestArticle(graph(), d1, v1);
    expect((await ingestArticle(graph(), d2, v2)).status).toBe('updated');
    const people = await graph().read<{ id: string }>(cypher('MATCH (p:Person) RETURN p.id AS id ORDER BY id'));
    expect(people.map((p) => p.id)).toEqual(['person:emmanuel-macron']);
    expect((await countsByLabel(graph())).Article).toBe(1);
  });

  it('leaves no duplicate when two ingests of the same ten articles run at once', async () => {
    const dir = makeCorpus(10);
    const second = new GraphClient(createDriver(config), config.NEO4J_URI, config.NEO4J_DATABASE, 60_000);
    try {
      await Promise.all([ingestPaths(graph(), [dir]), ingestPaths(second, [dir])]);
    } finally {
      await second.close();
    }
    const concurrent = await checksum(graph());
    await wipe(graph());
    await ingestPaths(graph(), [dir]);
    expect(await checksum(graph())).toBe(concurrent);
    const [dups] = await graph().read<{ n: number }>(
      cypher('MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n'),
    );
    expect(dups!.n).toBe(0);
  });

  it('leaves no partial article after kill -9 mid-ingest, and a re-run completes', async () => {
    const dir = makeCorpus(40);
    const env = {
      ...process.env,
      NEO4J_URI: config.NEO4J_URI,
      NEO4J_PASSWORD: config.NEO4J_PASSWORD,
      LOG_LEVEL: 'silent',
    };
    const child = spawn('npx', ['tsx', 'scripts/ingest.ts', '--json', dir], {
      cwd: root,
      env,
      detached: true,
      stdio: 'ignore',
    });
    // wait until some articles are in, then kill the whole process group
    for (let i = 0; i < 200; i++) {
      const [row] = await graph().read<{ n: number }>(cypher('MATCH (a:Article) RETURN count(a) AS n'));
      if (row!.n >= 3) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    // every article present is whole: its sentences and statements are all there
    const partial = await graph().read<{ id: string }>(
      cypher(`MATCH (a:Article) OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s) WITH a, count(s) AS n
              WHERE n = 0 OR NOT EXISTS { MATCH (a)-[:HAS_ENTITY]->() } RETURN a.id AS id`),
    );
    expect(partial).toEqual([]);
    const summary = await ingestPaths(graph(), [dir]);
    expect(summary.failed).toBe(0);
    expect((await countsByLabel(graph())).Article).toBe(40);
  });
});
