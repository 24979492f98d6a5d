/** Operators' merges and splits on the real Neo4j: one transaction each, logged, honoured by later ingests, reversible. */
import { extract } from '../../../src/extract';
import {
  checkGraph,
  correctionLog,
  cypher,
  type GraphClient,
  mergeEntities,
  ResolutionError,
  splitEntity,
  undoCorrection,
  writeArticle,
} from '../../../src/graph';
import { useCleanGraph, wipe } from '../../helpers/neo4j';

const ARTICLES = [
  'date 1987-03-02\nPresident Ronald Reagan met Prime Minister Yasuhiro Nakasone in Washington on Monday.',
  'date 1987-03-05\nOn Thursday, Reagan told reporters in Washington that talks with Japan would go on.',
  'date 1987-03-06\nExxon Corp said on Friday its profit rose 10 percent.',
  'date 1987-03-07\nMobil Corp said on Saturday it would sell its stake in a refinery in Texas.',
];
const LATER = 'date 1987-03-09\nOn Monday, Reagan said he would veto the highway bill.';

const ingest = (graph: GraphClient, text: string, i: number) =>
  writeArticle(graph, extract({ source: `op-${i}.txt`, text }), text);

/** Which entity each mention names, and every entity's name and aliases. */
async function entities(graph: GraphClient) {
  return graph.read(
    cypher(`MATCH (e:Entity) WHERE e:Person OR e:Organization
OPTIONAL MATCH (s:Sentence)-[m:MENTIONS]->(e)
WITH e, s.id + '@' + m.start AS at ORDER BY at
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, collect(at) AS mentions ORDER BY id`),
  );
}

/** The articles whose sentences mention an entity. */
const articlesOf = async (graph: GraphClient, id: string) =>
  new Set((await mentionsOf(graph, id)).map((m) => m.slice(0, m.indexOf(':'))));

const mentionsOf = async (graph: GraphClient, id: string) =>
  ((await entities(graph)).find((e) => e.id === id)?.mentions as string[] | undefined) ?? [];

describe("operators' corrections of resolution", () => {
  const { graph } = useCleanGraph();
  let resolved: Awaited<ReturnType<typeof entities>>;

  beforeAll(async () => {
    await wipe(graph());
    for (const [i, t] of ARTICLES.entries()) await ingest(graph(), t, i);
    resolved = await entities(graph());
  });

  it('resolution joins a surname in another article to the one full name of those days', async () => {
    expect(await mentionsOf(graph(), 'person:ronald-reagan')).toHaveLength(2);
    expect(resolved.map((e) => e.id)).not.toContain('person:reagan');
  });

  it('splits an alias off an entity, keeps the split for later articles, and undoes it', async () => {
    const { entry, rewritten } = await splitEntity(graph(), 'person:ronald-reagan', 'Reagan');
    expect(rewritten).toHaveLength(1);
    expect(await mentionsOf(graph(), 'person:ronald-reagan')).toHaveLength(1);
    expect(await mentionsOf(graph(), 'person:reagan')).toHaveLength(1);
    await ingest(graph(), LATER, 9); // a later article's "Reagan" honours the split
    expect((await articlesOf(graph(), 'person:reagan')).size).toBe(2);
    expect((await correctionLog(graph()))[0]).toMatchObject({ id: entry.id, kind: 'split', undoneAt: null });
    const undone = await undoCorrection(graph(), entry.id);
    expect(undone.rewritten).toHaveLength(2);
    expect((await articlesOf(graph(), 'person:ronald-reagan')).size).toBe(3);
    expect(await mentionsOf(graph(), 'person:reagan')).toEqual([]);
    expect((await correctionLog(graph()))[0]!.undoneAt).not.toBeNull();
  });

  it('merges two organisations with their mentions and aliases, and the undo gives the graph back', async () => {
    const before = await entities(graph());
    const { entry } = await mergeEntities(graph(), 'organization:mobil', 'organization:exxon');
    const after = await entities(graph());
    expect(after.map((e) => e.id)).not.toContain('organization:mobil');
    const exxon = after.find((e) => e.id === 'organization:exxon')!;
    expect(exxon.mentions).toHaveLength(2);
    expect(exxon.aliases).toEqual(expect.arrayContaining(['Mobil Corp']));
    expect((await checkGraph(graph())).filter((c) => c.violations > 0)).toEqual([]);
    await undoCorrection(graph(), entry.id);
    expect(await entities(graph())).toEqual(before);
  });

  it('refuses what it cannot do with a typed error and changes nothing', async () => {
    const before = await entities(graph());
    await expect(mergeEntities(graph(), 'organization:nowhere', 'organization:exxon')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(mergeEntities(graph(), 'person:ronald-reagan', 'organization:exxon')).rejects.toBeInstanceOf(
      ResolutionError,
    );
    await expect(splitEntity(graph(), 'organization:exxon', 'Shell')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(undoCorrection(graph(), 'resolution:none')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await entities(graph())).toEqual(before);
  });
});
