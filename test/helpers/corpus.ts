import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ARTICLES = path.resolve(__dirname, '../fixtures/articles');
const SEED = path.resolve(__dirname, '../../seeds/000_81a7e6c2b50a8b52.txt');

/** A temp folder of n distinct articles (the fixtures and the seed, each variant with its own closing line). */
export function makeCorpus(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-corpus-'));
  const bases = [SEED, ...fs.readdirSync(ARTICLES).map((f) => path.join(ARTICLES, f))].map((f) =>
    fs.readFileSync(f, 'utf8'),
  );
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length]!;
    // a distinct final body sentence makes a distinct article; the seed keeps its comments after the copyright line
    const text = base.includes('©')
      ? base.replace('©', ` Editing by desk ${i}.©`)
      : `${base.trimEnd()}\nReporting by desk ${i}.\n`;
    fs.writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), text);
  }
  return dir;
}
