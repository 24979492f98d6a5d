/**
 * `npm run train:ner [-- --dev] [--epochs N] [--out FILE]`: trains the named-entity tagger on
 * CoNLL-2003 (../shared/eval/conll2003/train.txt) and writes the model the tag stage ships with, and
 * its model card beside it. Each document goes through the pipeline's own parse, segment and
 * recognise stages, so the tagger learns from the same tokens and rule guesses it sees at run time.
 * `--dev` adds the dev set to the training data (a model whose dev scores mean nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { parse } from '../src/extract/stages/parse';
import { recognize } from '../src/extract/stages/recognize';
import { segment } from '../src/extract/stages/segment';
import { taggerInput } from '../src/extract/stages/tag';
import { readConll, type ConllDocument } from '../src/extract/tagger/conll';
import { DEFAULT_MODEL_PATH } from '../src/extract/tagger/model';
import { spansToTags } from '../src/extract/tagger/tags';
import { train, type TaggedSentence } from '../src/extract/tagger/tagger';
import { conllScores, modelCard } from './lib/ner-model-card';
import { runProgram } from './lib/run-program';

/** A CoNLL document as the tagger sees it at run time, with the gold tags on its tokens. */
function example(doc: ConllDocument, i: number): TaggedSentence[] {
  const state = recognize(segment(parse({ source: `conll-${i}.txt`, text: doc.text })));
  return taggerInput(state).map((s) => ({
    ...s,
    gold: spansToTags(
      s.tokens,
      doc.gold.filter(
        (g) => s.tokens.length && g.start < s.tokens[s.tokens.length - 1]!.end && s.tokens[0]!.start < g.end,
      ),
    ),
  }));
}

const program = new Command('train-ner')
  .option(
    '--conll <dir>',
    'CoNLL-2003 folder (train.txt, dev.txt)',
    path.resolve(__dirname, '../../shared/eval/conll2003'),
  )
  .option('--dev', 'train on dev too')
  .option('--epochs <n>', 'training passes', '12')
  .option('--min-count <n>', 'drop static features seen fewer times', '2')
  .option('--out <file>', 'model file to write (its model card goes beside it, .md)', DEFAULT_MODEL_PATH)
  .option('--no-score', 'skip scoring on dev for the model card')
  .action((opts: { conll: string; dev?: boolean; epochs: string; minCount: string; out: string; score: boolean }) => {
    const files = ['train.txt', ...(opts.dev ? ['dev.txt'] : [])].map((f) => path.join(opts.conll, f));
    const docs = files.flatMap((f) => readConll(f));
    const t0 = Date.now();
    const examples = docs.map(example);
    console.error(`${docs.length} documents read in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const model = train(examples, {
      epochs: Number(opts.epochs),
      minCount: Number(opts.minCount),
      onEpoch: (e) => console.error(`epoch ${e} done at ${((Date.now() - t0) / 1000).toFixed(0)} s`),
    });
    const json = JSON.stringify(model);
    fs.writeFileSync(opts.out, json);
    const card = {
      trainedOn: files.map((f) => path.basename(f)),
      documents: docs.length,
      features: Object.keys(model.weights).length,
      epochs: Number(opts.epochs),
      minCount: Number(opts.minCount),
      bytes: Buffer.byteLength(json),
    };
    const scores = opts.score ? conllScores(opts.out, path.join(opts.conll, 'dev.txt')) : null;
    fs.writeFileSync(opts.out.replace(/\.json$/, '') + '.md', modelCard(card, scores));
    console.log(
      `trained on ${files.map((f) => path.basename(f)).join(' + ')}: ${docs.length} documents, ${Object.keys(model.weights).length} features -> ${opts.out}`,
    );
  });

runProgram(program);
