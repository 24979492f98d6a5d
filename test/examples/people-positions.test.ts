/** The typed client example runs against the real server and prints the seed's people with their positions. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ingestPaths } from '../../src/ingest/ingest-files';
import { wipe } from '../helpers/neo4j';
import { useServer } from '../helpers/server';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const example = (...args: string[]) =>
  run(path.join(ROOT, 'node_modules/.bin/tsx'), ['examples/people-positions.ts', ...args], { cwd: ROOT });

describe('examples/people-positions.ts', () => {
  const app = useServer();
  beforeAll(async () => {
    await wipe(app().graph);
    await ingestPaths(app().graph, [path.resolve(ROOT, 'seeds')]);
  });

  it('prints a table of the people in the latest article with their positions', async () => {
    const { stdout } = await example('--url', app().server.url);
    expect(stdout).toMatch(/Reuters, 2023-02-16/);
    const row = (name: string) => stdout.split('\n').find((l) => l.includes(name)) ?? '';
    expect(row('Jens Stoltenberg')).toMatch(/Secretary General\s*│\s*NATO/);
    expect(row('Josep Borrell')).toMatch(/European Union/);
    // commenters are never people of the article
    expect(stdout).not.toMatch(/Commenter/i);
  });

  it('fails with a clear message for an unknown article', async () => {
    await expect(example('--url', app().server.url, '--article', 'no-such-article')).rejects.toMatchObject({
      stderr: expect.stringContaining('no article with id no-such-article'),
    });
  });
});
