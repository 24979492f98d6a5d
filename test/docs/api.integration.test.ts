/** docs/api.md shows real output: these operations are run again and compared. */
import fs from 'node:fs';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest';
import { wipe } from '../helpers/neo4j';
import { gql, useServer } from '../helpers/server';
import { EXAMPLES } from './api-examples';

const DOC = path.resolve(__dirname, '../../docs/api.md');
const HEAD = path.resolve(__dirname, '../../docs/api-intro.md');

/** What the doc shows of a response: data, or errors without locations. */
const shown = (res: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }) =>
  res.errors
    ? { errors: res.errors.map((e) => ({ message: e.message, extensions: { code: e.extensions?.code } })) }
    : { data: res.data };

describe('docs/api.md', () => {
  const app = useServer();
  const outputs: string[] = [];
  beforeAll(async () => {
    await wipe(app().graph);
    await ingestPaths(app().graph, [path.resolve(__dirname, '../../seeds')]);
    for (const ex of EXAMPLES) outputs.push(JSON.stringify(shown(await gql(app().server.url, ex.query)), null, 2));
  });

  it('shows ten operations with the output they really give', () => {
    const body = EXAMPLES.map(
      (ex, i) =>
        `### ${i + 1}. ${ex.title}\n\n\`\`\`graphql\n${ex.query}\n\`\`\`\n\n\`\`\`json\n${outputs[i]}\n\`\`\`\n`,
    ).join('\n');
    const expected = `${fs.readFileSync(HEAD, 'utf8').trimEnd()}\n\n${body}`;
    if (process.env.UPDATE_DOCS) fs.writeFileSync(DOC, expected);
    expect(EXAMPLES).toHaveLength(10);
    expect(fs.readFileSync(DOC, 'utf8')).toBe(expected);
  });
});
