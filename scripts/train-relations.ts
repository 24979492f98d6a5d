/**
 * `npm run train:relations [-- --epochs N] [--margin M] [--out FILE]`: trains the relation classifier
 * on CoNLL04 (../shared/eval/conll04/train.jsonl) and writes the model the classify-relations stage
 * ships with, and its model card beside it (pairs: src/extract/relation-classifier/training.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { DEFAULT_RELATION_MODEL_PATH, labelledPairs, readConll04, trainRelations } from '../src/extract';
import { conll04Scores, relationModelCard } from './lib/relation-model-card';
import { runProgram } from './lib/run-program';

interface Options {
  conll04: string;
  epochs: string;
  seed: string;
  runs: string;
  margin: string;
  out: string;
  score: boolean;
}

const program = new Command('train-relations')
  .option(
    '--conll04 <dir>',
    'CoNLL04 folder (train.jsonl, dev.jsonl)',
    path.resolve(__dirname, '../../shared/eval/conll04'),
  )
  .option('--epochs <n>', 'training passes', '6')
  .option('--seed <n>', 'seed of the first shuffle', '1')
  .option('--runs <n>', 'perceptrons averaged, each with its own shuffle', '5')
  .option('--margin <m>', "how far a relation's score must beat no relation's", '-6')
  .option('--out <file>', 'model file to write (its model card goes beside it, .md)', DEFAULT_RELATION_MODEL_PATH)
  .option('--no-score', 'skip scoring on dev for the model card')
  .action((opts: Options) => {
    const t0 = Date.now();
    const sentences = readConll04(path.join(opts.conll04, 'train.jsonl'));
    const pairs = sentences.flatMap(labelledPairs);
    const positive = pairs.filter((p) => p.truth > 0).length;
    const options = {
      epochs: Number(opts.epochs),
      seed: Number(opts.seed),
      runs: Number(opts.runs),
      margin: Number(opts.margin),
    };
    const model = trainRelations(pairs, options);
    const json = JSON.stringify(model);
    fs.writeFileSync(opts.out, json);
    const card = {
      sentences: sentences.length,
      pairs: pairs.length,
      positive,
      features: Object.keys(model.weights).length,
      bytes: Buffer.byteLength(json),
      ...options,
    };
    const scores = opts.score ? conll04Scores(opts.out, path.join(opts.conll04, 'dev.jsonl')) : null;
    fs.writeFileSync(opts.out.replace(/\.json$/, '') + '.md', relationModelCard(card, scores));
    console.log(
      `trained on ${sentences.length} CoNLL04 sentences: ${pairs.length} pairs (${positive} related), ${card.features} features -> ${opts.out} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    );
    if (scores) console.log(scores);
  });

runProgram(program);
