/**
 * Every query in docs/cypher-cookbook.md runs as written (its :param lines included, parsed as
 * `npm run cypher` parses them) against the seed and the test articles, and gives the result its
 * `<!-- expect: ... -->` line promises.
 */
import fs from 'node:fs';
import path from 'node:path';
import { splitScript } from '../../scripts/lib/cypher-shell/input';
import { cypherValue, plain } from '../../src/graph';
import { cypher } from '../../src/graph/cypher';
import { ingestPaths } from '../../src/ingest';
import { useCleanGraph } from '../helpers/neo4j';

interface Expectation {
  rows?: number;
  minRows?: number;
  row?: Record<string, unknown>;
}

const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/cypher-cookbook.md'), 'utf8');
const recipes = doc
  .split(/^## /m)
  .slice(1)
  .flatMap((section) => {
    const m = /<!-- expect: (.+?) -->\n```cypher\n([\s\S]*?)```/.exec(section);
    return m ? [{ question: section.split('\n')[0]!, expect: JSON.parse(m[1]!) as Expectation, script: m[2]! }] : [];
  });

/** Expected values match when equal, or for lists when every expected item is in the actual list. */
function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.every((e) => actual.includes(e));
  return actual === expected;
}

describe('docs/cypher-cookbook.md', () => {
  const { graph } = useCleanGraph();
  beforeAll(async () => {
    const root = path.resolve(__dirname, '../..');
    await ingestPaths(graph(), [path.join(root, 'seeds'), path.join(root, 'test/fixtures/articles')]);
  });

  it('answers at least 15 questions, each with an expectation', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(15);
    expect(recipes.length).toBe((doc.match(/```cypher/g) ?? []).length);
  });

  it.each(recipes.map((r) => [r.question, r]))('%s', async (_q, recipe) => {
    const params: Record<string, unknown> = {};
    const statements: string[] = [];
    for (const cmd of splitScript(recipe.script)) {
      if (cmd.kind === 'param') params[cmd.name] = cypherValue(cmd.value);
      else if (cmd.kind === 'cypher') statements.push(cmd.text);
      else throw new Error(`unexpected ${cmd.kind} in the recipe`);
    }
    expect(statements).toHaveLength(1);
    const rows = (await graph().read(cypher(statements[0]!, params))).map((r) => plain(r) as Record<string, unknown>);
    const { rows: exactly, minRows = 1, row } = recipe.expect;
    if (exactly !== undefined) expect(rows).toHaveLength(exactly);
    expect(rows.length).toBeGreaterThanOrEqual(minRows);
    if (row) {
      const hit = rows.find((r) => Object.entries(row).every(([k, v]) => matches(r[k], v)));
      if (!hit)
        throw new Error(`no row has ${JSON.stringify(row)}; got:\n${rows.map((r) => JSON.stringify(r)).join('\n')}`);
    }
  });
});
