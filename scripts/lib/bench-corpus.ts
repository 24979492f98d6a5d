import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/util';

const ROOT = PROJECT_ROOT;
const RE3D = path.resolve(ROOT, '../shared/eval/re3d');

/** The texts benchmarks run on: the seed, the test articles and, where present, the re3d documents. */
export function benchTexts(): string[] {
  const texts = [path.join(ROOT, 'seeds'), path.join(ROOT, 'test/fixtures/articles')].flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(d, f), 'utf8')),
  );
  if (fs.existsSync(RE3D))
    for (const sub of fs.readdirSync(RE3D)) {
      const file = path.join(RE3D, sub, 'documents.json');
      if (!fs.existsSync(file)) continue;
      for (const line of fs.readFileSync(file, 'utf8').split('\n'))
        if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  return texts;
}

/** n distinct articles (dated, each with its own closing line) in a temp folder. */
export function writeCorpus(n: number, texts = benchTexts()): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-corpus-'));
  for (let i = 0; i < n; i++) {
    const body = texts[i % texts.length]!.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
    const day = String((i % 28) + 1).padStart(2, '0');
    fs.writeFileSync(
      path.join(dir, `${String(i).padStart(5, '0')}.txt`),
      `date 2023-02-${day}\n${body}\nCorpus copy ${i}.\n`,
    );
  }
  return dir;
}
