/**
 * `npm run train:ner [-- --dev] [--re3d DIR,DIR] [--epochs N] [--out FILE]`: trains the named-entity tagger on
 * CoNLL-2003 (../shared/eval/conll2003/train.txt) and writes the model the tag stage ships with, and
 * its model card beside it (examples: src/extract/tagger/training.ts).
 * `--dev` adds the dev set to the training data (a model whose dev scores mean nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import {
  DEFAULT_MODEL_PATH,
  conll04Document,
  readConll,
  readConll04,
  readRe3d,
  trainTagger,
  trainTwoPass,
  trainingExample,
} from '../src/extract';
import { conllScores, modelCard } from './lib/ner-model-card';
import { runProgram } from './lib/run-program';

interface Options {
  conll: string;
  dev?: boolean;
  conll04: string;
  re3d: string;
  epochs: string;
  minCount: string;
  passes: string;
  folds: string;
  out: string;
  score: boolean;
}

const program = new Command('train-ner')
  .option(
    '--conll <dir>',
    'CoNLL-2003 folder (train.txt, dev.txt)',
    path.resolve(__dirname, '../../shared/eval/conll2003'),
  )
  .option('--dev', 'train on dev too')
  .option(
    '--conll04 <file>',
    'CoNLL04 sentences to train on as well ("" for none)',
    path.resolve(__dirname, '../../shared/eval/conll04/train.jsonl'),
  )
  .option('--re3d <dirs>', 're3d subset folders to train on as well, comma-separated ("" for none)', '')
  .option('--epochs <n>', 'training passes', '12')
  .option('--min-count <n>', 'drop static features seen fewer times', '2')
  .option('--passes <n>', "1, or 2 for a second pass over the first pass's document-wide tags", '2')
  .option('--folds <n>', 'jackknife folds that give the second pass its training input', '4')
  .option('--out <file>', 'model file to write (its model card goes beside it, .md)', DEFAULT_MODEL_PATH)
  .option('--no-score', 'skip scoring on dev for the model card')
  .action((opts: Options) => {
    const files = ['train.txt', ...(opts.dev ? ['dev.txt'] : [])].map((f) => path.join(opts.conll, f));
    if (opts.conll04) files.push(opts.conll04);
    const re3d = opts.re3d ? opts.re3d.split(',').map((d) => path.resolve(d)) : [];
    const docs = [
      ...files.flatMap((f) => (f.endsWith('.jsonl') ? readConll04(f).map(conll04Document) : readConll(f))),
      ...re3d.flatMap(readRe3d),
    ];
    files.push(...re3d.map((d) => `re3d ${path.basename(d)}`));
    const t0 = Date.now();
    const examples = docs.map(trainingExample);
    console.error(`${docs.length} documents read in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const at = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
    const options = { epochs: Number(opts.epochs), minCount: Number(opts.minCount) };
    const model =
      opts.passes === '1'
        ? trainTagger(examples, { ...options, onEpoch: (e) => console.error(`epoch ${e} done at ${at()}`) })
        : trainTwoPass(examples, {
            ...options,
            folds: Number(opts.folds),
            onStage: (stage) => console.error(`${stage} trained at ${at()}`),
          });
    const features = 'first' in model ? [model.first, model.second] : [model];
    const featureCount = features.reduce((n, m) => n + Object.keys(m.weights).length, 0);
    const json = JSON.stringify(model);
    fs.writeFileSync(opts.out, json);
    const card = {
      trainedOn: files.map((f) => path.basename(f)),
      documents: docs.length,
      features: featureCount,
      passes: features.length,
      folds: Number(opts.folds),
      epochs: Number(opts.epochs),
      minCount: Number(opts.minCount),
      bytes: Buffer.byteLength(json),
    };
    const scores = opts.score ? conllScores(opts.out, path.join(opts.conll, 'dev.txt')) : null;
    fs.writeFileSync(opts.out.replace(/\.json$/, '') + '.md', modelCard(card, scores));
    console.log(
      `trained on ${files.map((f) => path.basename(f)).join(' + ')}: ${docs.length} documents, ${featureCount} features in ${features.length} pass(es) -> ${opts.out} (${at()})`,
    );
  });

runProgram(program);
