/**
 * A graph written before form counts (each place's or event's forms in one `formsBy` list of every
 * article's) is brought to the current model at start-up: same names, aliases and counts as a graph
 * written today, and removing an article afterwards takes exactly its forms off.
 */
import path from 'node:path';
import { extract, readConll } from '../../../src/extract';
import { cypher, type GraphClient, removeArticle, writeArticle } from '../../../src/graph';
import { createDriver } from '../../../src/graph/driver';
import { MIGRATE_FORMS_BATCH, migrateForms } from '../../../src/graph/write/migrate-forms';
import { useCleanGraph, wipe } from '../../helpers/neo4j';

const TRAIN = path.resolve(__dirname, '../../../../shared/eval/conll2003/train.txt');
const corpus = readConll(TRAIN)
  .slice(0, 12)
  .map((d, i) => ({ text: d.text, doc: extract({ source: `conll-train-${i}.txt`, text: d.text }) }));

const forms = async (graph: GraphClient) =>
  graph.read(
    cypher(`MATCH (e:Entity) WHERE e.formKeys IS NOT NULL OR e.formsBy IS NOT NULL
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.formsBy AS old,
  [i IN range(0, size(coalesce(e.formKeys, [])) - 1) | e.formKeys[i] + '=' + e.formCounts[i]] AS counts,
  COLLECT { MATCH (a:Article)-[h:HAS_ENTITY]->(e) RETURN a.id + ' ' + reduce(s = '', f IN h.forms | s + '|' + f) ORDER BY a.id } AS byArticle
ORDER BY id`),
  );

/** Rewrites today's model as the old one: every article's forms, prefixed by its id, in `formsBy`. */
const toOldModel = cypher(`MATCH (e:Entity) WHERE e.formKeys IS NOT NULL
CALL (e) {
  OPTIONAL MATCH (a:Article)-[h:HAS_ENTITY]->(e) WHERE h.forms IS NOT NULL
  UNWIND coalesce(h.forms, []) AS f
  RETURN collect(a.id + ':' + f) AS formsBy
}
SET e.formsBy = formsBy
REMOVE e.formKeys, e.formCounts
WITH e
MATCH (:Article)-[h:HAS_ENTITY]->(e)
REMOVE h.forms`);

/** The operators of a plan, each with its details, depth first. */
const operators = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): string[] => [
  `${p.operatorType} ${String(p.arguments.Details ?? '')}`,
  ...p.children.flatMap((c) => operators(c as typeof p)),
];

describe('moving an older graph to form counts', () => {
  const { graph, config } = useCleanGraph();

  it('finds what is left to move through an index, not by reading every entity at each start-up', async () => {
    const driver = createDriver(config);
    try {
      const res = await driver.executeQuery(`EXPLAIN ${MIGRATE_FORMS_BATCH.text}`, MIGRATE_FORMS_BATCH.params, {
        database: config.NEO4J_DATABASE,
      });
      const ops = operators(res.summary.plan as unknown as Parameters<typeof operators>[0]);
      expect(ops.some((o) => o.startsWith('NodeIndexScan') && o.includes('formsBy'))).toBe(true);
      expect(ops.some((o) => o.startsWith('NodeByLabelScan') || o.startsWith('AllNodesScan'))).toBe(false);
    } finally {
      await driver.close();
    }
  });

  it('gives the graph today’s writer gives, and removals that take each article’s forms off', async () => {
    await wipe(graph());
    for (const { doc, text } of corpus) await writeArticle(graph(), doc, text);
    const today = await forms(graph());
    // places named by several articles are what the counts are for
    expect(today.some((e) => (e.counts as string[]).some((c) => !c.endsWith('=1')))).toBe(true);

    await graph().write(toOldModel);
    const old = await forms(graph());
    expect(old.every((e) => e.old !== null && (e.counts as string[]).length === 0)).toBe(true);

    const moved = await migrateForms(graph());
    expect(moved).toBe(today.length);
    const migrated = await forms(graph());
    const sorted = (rows: typeof today) => rows.map((e) => ({ ...e, counts: [...(e.counts as string[])].sort() }));
    expect(sorted(migrated)).toEqual(sorted(today));
    expect(await migrateForms(graph())).toBe(0); // nothing left to move

    // removing an article from the migrated graph gives the graph written without it
    const [first, ...rest] = corpus;
    expect(await removeArticle(graph(), first!.doc.article.id)).toBe(true);
    const removed = await forms(graph());
    await wipe(graph());
    for (const { doc, text } of rest) await writeArticle(graph(), doc, text);
    expect(sorted(removed)).toEqual(sorted(await forms(graph())));
  });
});
