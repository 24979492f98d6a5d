/**
 * `npm run check:models [-- --skip-ner]`: retrains the shipped models into a temp folder with their
 * own scripts and fails unless each comes out byte for byte as shipped. A model is only as good as
 * its recipe: a code change that alters a feature silently leaves the shipped file unreproducible.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { DEFAULT_MODEL_PATH, DEFAULT_RELATION_MODEL_PATH } from '../src/extract';
import { runProgram } from './lib/run-program';

const MODELS = [
  { name: 'ner', script: 'train-ner.ts', shipped: DEFAULT_MODEL_PATH },
  { name: 'relations', script: 'train-relations.ts', shipped: DEFAULT_RELATION_MODEL_PATH },
];

const program = new Command('check-models')
  .option('--skip-ner', 'check the relation classifier only (the tagger takes about 5 minutes)')
  .action((opts: { skipNer?: boolean }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-models-'));
    const differ: string[] = [];
    try {
      for (const m of MODELS) {
        if (opts.skipNer && m.name === 'ner') continue;
        const out = path.join(dir, `${m.name}.json`);
        const t0 = Date.now();
        const run = spawnSync(
          process.execPath,
          ['--import', 'tsx', path.join(__dirname, m.script), '--out', out, '--no-score'],
          { stdio: ['ignore', 'ignore', 'inherit'] },
        );
        if (run.status !== 0) throw new Error(`train ${m.name} exited with ${run.status ?? run.signal}`);
        const same = fs.readFileSync(out).equals(fs.readFileSync(m.shipped));
        console.log(
          `${m.name}: ${same ? 'rebuilt byte for byte' : 'DIFFERS from the shipped model'} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
        );
        if (!same) differ.push(path.relative(process.cwd(), m.shipped));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    if (differ.length)
      throw new Error(`retrain and commit ${differ.join(', ')} (npm run train:*): the code no longer rebuilds it`);
  });

runProgram(program);
