import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/extract/pipeline';
import type { ExtractOutput } from '../../src/extract/output';

export const SEED = path.resolve(__dirname, '../../seeds/000_81a7e6c2b50a8b52.txt');
export const fixture = (name: string) => path.resolve(__dirname, '../fixtures/articles', name);

export function extractFile(file: string): ExtractOutput {
  return extract({ source: file, text: fs.readFileSync(file, 'utf8') });
}

export const ids = (out: ExtractOutput, type?: string) =>
  new Set(out.entities.filter((e) => !type || e.type === type).map((e) => e.id));

export function precisionRecall(predicted: Set<string>, gold: Set<string>, acceptable: Set<string> = new Set()) {
  const tp = [...predicted].filter((p) => gold.has(p)).length;
  const ok = [...predicted].filter((p) => gold.has(p) || acceptable.has(p)).length;
  return { precision: predicted.size ? ok / predicted.size : 0, recall: gold.size ? tp / gold.size : 0 };
}
