/**
 * Resolution across articles on the real Neo4j: the same articles in any order give the same graph
 * (entity ids, names, aliases, which entity each mention names, the fact edges), and removing an
 * article gives the graph of the others. The corpus is 48 real Reuters stories of 1996 (the first
 * documents of CoNLL-2003 train, in ../shared/eval), which name the same people and organisations
 * in long and short forms.
 */
import path from 'node:path';
import { extract, readConll } from '../../../src/extract';
import { cypher, type GraphClient, removeArticle, writeArticle } from '../../../src/graph';
import { seededRandom } from '../../../src/util';
import { useCleanGraph, wipe } from '../../helpers/neo4j';

const TRAIN = path.resolve(__dirname, '../../../../shared/eval/conll2003/train.txt');
const corpus = readConll(TRAIN)
  .slice(0, 48)
  .map((d, i) => ({ text: d.text, doc: extract({ source: `conll-train-${i}.txt`, text: d.text }) }));

const shuffled = <T>(xs: T[], seed: number) => {
  const rnd = seededRandom(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** The graph as a user sees its entities: sorted, so two graphs compare with toEqual. */
async function snapshot(graph: GraphClient) {
  const entities = await graph.read(
    cypher(
      `MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases, [l IN labels(e) WHERE l <> 'Entity'] AS labels,
  [i IN range(0, size(coalesce(e.formKeys, [])) - 1) | e.formKeys[i] + '=' + e.formCounts[i]] AS forms ORDER BY id`,
    ),
  );
  const mentions = await graph.read(
    cypher(
      'MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity) RETURN s.id + "@" + m.start + "-" + m.end + "=" + e.id AS m ORDER BY m',
    ),
  );
  const facts = await graph.read(
    cypher(
      `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.articles IS NOT NULL
RETURN type(r) + " " + s.id + " " + t.id + " " + r.key AS edge, r.evidence AS evidence ORDER BY edge`,
    ),
  );
  return {
    // a place's or event's forms with how many articles give each (stored in first-seen order)
    entities: entities.map(
      (e) => ({ ...e, forms: [...(e.forms as string[])].sort() }) as Record<string, unknown> & { forms: string[] },
    ),
    mentions: mentions.map((r) => r.m as string),
    facts: facts.map((r) => ({ edge: r.edge, evidence: [...(r.evidence as string[])].sort() })),
  };
}

async function ingest(graph: GraphClient, items: typeof corpus) {
  let rewritten = 0;
  for (const { doc, text } of items) rewritten += (await writeArticle(graph, doc, text)).rewritten.length;
  return rewritten;
}

describe('resolution across articles in Neo4j', () => {
  const { graph } = useCleanGraph();

  it('gives the same entities, mentions and facts whatever order the articles come in', async () => {
    await wipe(graph());
    const movedA = await ingest(graph(), shuffled(corpus, 1));
    const a = await snapshot(graph());
    await wipe(graph());
    const movedB = await ingest(graph(), shuffled(corpus, 2));
    const b = await snapshot(graph());
    expect(b.entities).toEqual(a.entities);
    expect(b.mentions).toEqual(a.mentions);
    expect(b.facts).toEqual(a.facts);
    // resolution did real work: earlier articles were written again when later ones joined their names
    expect(movedA + movedB).toBeGreaterThan(0);
    const local = new Set(corpus.flatMap(({ doc }) => doc.entities.map((e) => e.id)));
    expect(a.entities.length).toBeLessThan(local.size);
    // every person and organisation keeps its mentions: none is left without one by a merge
    const named = new Set(a.mentions.map((m) => m.slice(m.indexOf('=') + 1)));
    for (const e of a.entities) if (/^(person|organization):/.test(e.id as string)) expect(named).toContain(e.id);
    // places shared by several articles count each form once per article
    expect(a.entities.some((e) => e.forms.some((f) => !f.endsWith('=1')))).toBe(true);
  });

  it('keeps what an earlier article resolved when a later one rewrites it for another name', async () => {
    // cricket reports of 1996: "D. Cork" and "A. Stewart" in scorecards, "Cork" and "Stewart" in
    // reports, then "Alec Stewart" arrives and makes "Stewart" ambiguous: the reports are written
    // again for Stewart, and their Cork must stay D. Cork, which the new story never names
    const docs = readConll(TRAIN);
    const stories = [37, 136, 175, 249, 278, 328, 332].map((i) => ({
      text: docs[i]!.text,
      doc: extract({ source: `conll-train-${i}.txt`, text: docs[i]!.text }),
    }));
    const corkOf = async () =>
      (
        await graph().read(
          cypher(
            `MATCH (s:Sentence)-[m:MENTIONS]->(e:Person) WHERE m.text IN ['Cork', 'D. Cork'] RETURN DISTINCT e.id AS id ORDER BY id`,
          ),
        )
      ).map((r) => r.id);
    await wipe(graph());
    await ingest(graph(), stories);
    const last = await snapshot(graph());
    expect(await corkOf()).toEqual(['person:d-cork']);
    await wipe(graph());
    await ingest(graph(), [stories[6]!, ...stories.slice(0, 6)]);
    expect(await corkOf()).toEqual(['person:d-cork']);
    expect((await snapshot(graph())).entities).toEqual(last.entities);
  });

  it('removing an article leaves the graph the other articles make', async () => {
    const [first, ...rest] = shuffled(corpus, 3);
    await wipe(graph());
    await ingest(graph(), rest);
    const without = await snapshot(graph());
    await wipe(graph());
    await ingest(graph(), [...rest.slice(0, 20), first!, ...rest.slice(20)]);
    expect(await removeArticle(graph(), first!.doc.article.id)).toBe(true);
    const removed = await snapshot(graph());
    expect(removed).toEqual(without);
  });
});
