/**
 * `npm run train:tagger [-- --cv] [--subsets A,B] [--out FILE]`: trains the extraction tagger on the
 * re3d corpus (../shared/eval/re3d, public, CC BY-SA) and writes the model the refine stage ships with.
 * `--cv` measures it honestly instead: for each subset, a model trained on the OTHER subsets extracts
 * it, and the shared scorer scores the held-out predictions (no document is scored by a model that saw it).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { extract } from '../src/extract/pipeline';
import { parse } from '../src/extract/stages/parse';
import { recognize } from '../src/extract/stages/recognize';
import { ruleViews } from '../src/extract/stages/refine';
import { segment } from '../src/extract/stages/segment';
import { DEFAULT_MODEL_PATH } from '../src/extract/tagger/model';
import { spansToTags, type NamedType, type TypedSpan } from '../src/extract/tagger/tags';
import { Tagger, train, type TaggedSentence } from '../src/extract/tagger/tagger';
import { runProgram } from './lib/run-program';

interface Doc {
  id: string;
  text: string;
  gold: TypedSpan[];
}

const TYPES: Record<string, NamedType> = { Person: 'Person', Organisation: 'Organization', Location: 'Place' };

/** re3d's notion of a named mention: some word other than a leading "the" (or "I") is capitalised. */
function isNamed(value: string): boolean {
  const words = value.trim().split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === 'the') words.shift();
  return words.some((w) => /^\p{Lu}/u.test(w) && w !== 'I');
}

function readJsonLines<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function loadSubset(dir: string): Doc[] {
  const docs = readJsonLines<{ _id: string; text: string }>(path.join(dir, 'documents.json'));
  const ents = readJsonLines<{
    documentId: string;
    begin: number;
    end: number;
    type: string;
    value: string;
    confidence?: number;
  }>(path.join(dir, 'entities.json'));
  return docs.map((d) => ({
    id: d._id,
    text: d.text,
    gold: ents
      .filter((e) => e.documentId === d._id && TYPES[e.type] && (e.confidence ?? 1) >= 0.5 && isNamed(e.value))
      .map((e) => ({ start: e.begin, end: e.end, type: TYPES[e.type]! })),
  }));
}

/** The tagger's training examples: each sentence with the rules' view and the gold tags. */
function examples(docs: Doc[]): TaggedSentence[] {
  return docs.flatMap((doc) => {
    const state = recognize(segment(parse({ source: doc.id, text: doc.text })));
    return state.sentences.map((s) => {
      const tokens = state.tokens[s.index]!;
      const named = state.mentions.filter(
        (m) =>
          m.sentence === s.index &&
          ['Person', 'Organization', 'Place'].includes(m.type) &&
          m.rule !== 'pronoun' &&
          m.rule !== 'title-coref',
      );
      return {
        tokens,
        rules: ruleViews(tokens, named),
        gold: spansToTags(
          tokens,
          doc.gold.filter((g) => g.start < s.end && s.start < g.end),
        ),
      };
    });
  });
}

function score(dirs: string[], predFile: string): string {
  const scorer = path.join(path.dirname(dirs[0]!), '..', 'score_ner.py');
  return execFileSync('python3', [scorer, ...dirs, '--pred', predFile, '--named'], { encoding: 'utf8' });
}

function predict(docs: Doc[], tagger: Tagger | null): string {
  return docs
    .map((d) =>
      JSON.stringify({ docId: d.id, entities: extract({ source: `${d.id}.txt`, text: d.text }, { tagger }).entities }),
    )
    .join('\n');
}

const program = new Command('train-tagger')
  .option('--re3d <dir>', 're3d corpus folder', path.resolve(__dirname, '../../shared/eval/re3d'))
  .option('--subsets <list>', 'subsets to train on (default: all)')
  .option('--epochs <n>', 'training passes', '10')
  .option('--out <file>', 'model file to write', DEFAULT_MODEL_PATH)
  .option('--cv', 'leave-one-subset-out evaluation instead of writing the model')
  .option('--keep <file>', 'with --cv or --folds: also write the pooled held-out predictions (JSON lines)')
  .option('--folds <k>', 'k-fold evaluation over documents (all subsets mixed) instead of writing the model')
  .action(
    (opts: {
      re3d: string;
      subsets?: string;
      epochs: string;
      out: string;
      cv?: boolean;
      folds?: string;
      keep?: string;
    }) => {
      const all = fs.readdirSync(opts.re3d).filter((d) => fs.existsSync(path.join(opts.re3d, d, 'documents.json')));
      const names = opts.subsets ? opts.subsets.split(',') : all;
      const subsets = new Map(names.map((n) => [n, loadSubset(path.join(opts.re3d, n))]));
      const epochs = Number(opts.epochs);
      if (!opts.cv && !opts.folds) {
        const ex = examples([...subsets.values()].flat());
        const model = train(ex, epochs);
        fs.writeFileSync(opts.out, JSON.stringify(model));
        console.log(
          `trained on ${names.join(', ')}: ${ex.length} sentences, ${Object.keys(model.weights).length} features -> ${opts.out}`,
        );
        return;
      }
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tagger-cv-'));
      const pooled: string[] = [];
      /** Scores every held-out prediction together against all subsets' gold (and keeps them if asked). */
      const scorePooled = (title: string) => {
        const file = path.join(tmp, 'all.jsonl');
        fs.writeFileSync(file, pooled.join('\n') + '\n');
        if (opts.keep) fs.copyFileSync(file, opts.keep);
        console.log(
          `${title}:\n${score(
            names.map((n) => path.join(opts.re3d, n)),
            file,
          )}`,
        );
        fs.rmSync(tmp, { recursive: true, force: true });
      };
      if (opts.folds) {
        // documents dealt round-robin into k folds, in corpus order: each fold mixes every subset
        const k = Number(opts.folds);
        const docs = [...subsets.values()].flat();
        for (let f = 0; f < k; f++) {
          const tagger = Tagger.fromModel(train(examples(docs.filter((_, i) => i % k !== f)), epochs));
          pooled.push(
            predict(
              docs.filter((_, i) => i % k === f),
              tagger,
            ),
          );
        }
        scorePooled(`${k}-fold over ${docs.length} documents, each scored by a model that did not see it`);
        return;
      }
      for (const held of names) {
        const ex = examples(names.filter((n) => n !== held).flatMap((n) => subsets.get(n)!));
        const tagger = Tagger.fromModel(train(ex, epochs));
        const pred = predict(subsets.get(held)!, tagger);
        pooled.push(pred);
        fs.writeFileSync(path.join(tmp, `${held}.jsonl`), pred + '\n');
        console.log(
          `held out ${held} (trained on the rest, ${ex.length} sentences):\n${score([path.join(opts.re3d, held)], path.join(tmp, `${held}.jsonl`))}`,
        );
      }
      scorePooled('all subsets, each held out');
    },
  );

runProgram(program);
