import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'scripts/extract.ts', ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 });

describe('npm run extract (the contract in shared/contracts/extract-output.md)', () => {
  it('prints one JSON object per article as JSON Lines, and nothing else on stdout', () => {
    const r = run(['seeds/']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0]!);
    expect(o.source).toBe(path.join('seeds', '000_81a7e6c2b50a8b52.txt'));
    expect(Object.keys(o)).toEqual(
      expect.arrayContaining(['article', 'sentences', 'entities', 'relations', 'statements', 'comments']),
    );
    expect(o.entities.find((e: { id: string }) => e.id === 'person:jens-stoltenberg')).toBeDefined();
  });

  it('reads stdin with -', () => {
    const r = run(['-'], 'date 2023-02-16 NATO Secretary General Jens Stoltenberg said the war goes on.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).article.publishedAt).toBe('2023-02-16');
  });

  it('prints the good articles and one error line per bad one, and exits non-zero', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-extract-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Kyiv said Russia attacked.');
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    fs.writeFileSync(path.join(dir, 'c.txt'), Buffer.from([0, 1, 2, 3]));
    const r = run([dir]);
    expect(r.status).not.toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/b\.txt: EMPTY_INPUT/);
    expect(r.stderr).toMatch(/c\.txt: BINARY_INPUT/);
  });

  it('prints one pretty object with --format json', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/extract.ts', '--format', 'json', 'seeds/000_81a7e6c2b50a8b52.txt'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out.split('\n').length).toBeGreaterThan(10);
    expect(JSON.parse(out).article.publisher).toBe('Reuters');
  });
});
