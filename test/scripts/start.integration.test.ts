/** `npm start` as a newcomer runs it: seeds ingested into an empty graph, Sandbox URL printed, Ctrl-C exits cleanly. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cypher } from '../../src/graph/cypher';
import { useCleanGraph } from '../helpers/neo4j';

const root = path.resolve(__dirname, '../..');

describe('npm start', () => {
  const { graph, config } = useCleanGraph();

  it('ingests the seeds, serves GraphQL with Sandbox, and stops on SIGINT', async () => {
    // literally the README's command, so its Node flags (package.json) are part of what is tested
    const child = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: {
        ...process.env,
        NEO4J_URI: config.NEO4J_URI,
        NEO4J_PASSWORD: config.NEO4J_PASSWORD,
        PORT: '0',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so SIGINT below reaches it as Ctrl-C would
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 60_000);
      child.stdout.on('data', () => {
        const m = /Apollo Sandbox: (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    expect(out).toMatch(/Ingested 1 seed article/);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(((await res.json()) as any).data.articles.totalCount).toBe(1);
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toMatch(/sandbox/i);
    const exited = new Promise<string>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? String(code))),
    );
    process.kill(-child.pid!, 'SIGINT');
    // npm re-raises the signal its script stopped on, as a shell expects of Ctrl-C
    expect(['0', 'SIGINT']).toContain(await exited);
    expect(out).toMatch(/shutting down/);
    await expect(fetch(url)).rejects.toThrow(); // the server is gone, not orphaned behind npm
    const [row] = await graph().read<{ n: number }>(cypher('MATCH (a:Article) RETURN count(a) AS n'));
    expect(row!.n).toBe(1);
  });
});
