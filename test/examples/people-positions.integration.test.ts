/** The typed client example runs against the real server and prints the seed's people with their positions. */
import path from 'node:path';
import { ingestPaths } from '../../src/ingest';
import { testConfig, wipe } from '../helpers/neo4j';
import { ROOT, runScript } from '../helpers/scripts';
import { useServer } from '../helpers/server';

const example = (...args: string[]) => runScript(testConfig(), 'examples/people-positions.ts', args);

describe('examples/people-positions.ts', () => {
  const app = useServer();
  beforeAll(async () => {
    await wipe(app().graph);
    await ingestPaths(app().graph, [path.resolve(ROOT, 'seeds')]);
  });

  it('prints a table of the people in the latest article with their positions', async () => {
    const { code, stdout } = await example('--url', app().server.url);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Reuters, 2023-02-16/);
    const row = (name: string) => stdout.split('\n').find((l) => l.includes(name)) ?? '';
    expect(row('Jens Stoltenberg')).toMatch(/Secretary General\s*│\s*NATO/);
    expect(row('Josep Borrell')).toMatch(/European Union/);
    // commenters are never people of the article
    expect(stdout).not.toMatch(/Commenter/i);
  });

  it('fails with a clear message for an unknown article', async () => {
    const res = await example('--url', app().server.url, '--article', 'no-such-article');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('no article with id no-such-article');
  });
});
