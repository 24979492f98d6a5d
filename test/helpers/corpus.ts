import fs from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../../scripts/lib/bench-corpus';

const ARTICLES = path.resolve(__dirname, '../fixtures/articles');
const SEED = path.resolve(__dirname, '../../seeds/000_81a7e6c2b50a8b52.txt');

/** A temp folder of n distinct articles made from the seed and the test articles only (no shared data). */
export function makeCorpus(n: number): string {
  const texts = [SEED, ...fs.readdirSync(ARTICLES).map((f) => path.join(ARTICLES, f))].map((f) =>
    fs.readFileSync(f, 'utf8'),
  );
  return writeCorpus(n, texts);
}
