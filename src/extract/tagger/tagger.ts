/**
 * Greedy left-to-right sequence tagging with an averaged perceptron, a document at a time (so each
 * token sees how the same word was tagged earlier in the article), and its training loop.
 */
import { boundedMemo, seededRandom } from '../../util';
import type { Token } from '../types';
import {
  contextFeatures,
  docContext,
  EDGE,
  dynamicFeatures,
  historyOf,
  remember,
  seenWords,
  shape,
  staticFeatures,
  wordAt,
  wordFeatures,
  WORD_ROLES,
  type DocContext,
  type History,
  type RuleView,
} from './features';
import { AveragedPerceptron, type PerceptronModel } from './perceptron';
import { secondPassFeatures } from './second-pass';
import { continues, TAGS, type Tag } from './tags';

/** Two passes: the second sees what the first said about the whole document (second-pass.ts). */
export interface TwoPassModel {
  first: PerceptronModel;
  second: PerceptronModel;
}
export type TaggerModel = PerceptronModel | TwoPassModel;
const isTwoPass = (m: TaggerModel): m is TwoPassModel => 'first' in m;

export interface TaggedSentence {
  tokens: Token[];
  rules: RuleView[];
  /** the truth, for training */
  gold?: Tag[];
}

/** I- and L- may only continue a span of their own type; otherwise they open one (B-) or are one (U-). */
const repair = (tag: Tag, prev: Tag): Tag => {
  if ((tag[0] !== 'I' && tag[0] !== 'L') || continues(prev, tag)) return tag;
  return `${tag[0] === 'I' ? 'B' : 'U'}-${tag.slice(2)}` as Tag;
};

/** Anything that tags a document's sentences (the tag stage needs no more). */
export interface SequenceTagger {
  tagDocument(sentences: TaggedSentence[]): Tag[][];
}

/** Static features of every token of a document, with the document's own context. */
export function documentFeatures(sentences: TaggedSentence[]): string[][][] {
  const doc = docContext(sentences.map((s) => s.tokens));
  return sentences.map((s) => staticFeatures(s.tokens, s.rules, doc));
}

/**
 * Greedy left to right: each token's features include the tags already chosen for the two before it
 * and for the same word earlier in the document; `choose` picks a tag index from a token's features
 * (and, in training, learns from it).
 */
function decodeDocument(
  sentences: TaggedSentence[],
  /** the tag-independent features of one sentence's tokens, in parts (computed when needed: a long article's would fill memory) */
  staticsOf: (s: number) => readonly FeaturePart[][],
  choose: (parts: readonly FeaturePart[], s: number, i: number) => number,
): Tag[][] {
  const history: History = new Map();
  return sentences.map((sentence, s) => {
    const out: Tag[] = [];
    const statics = staticsOf(s);
    sentence.tokens.forEach((t, i) => {
      const prev = out[i - 1] ?? 'O';
      const dynamic = dynamicFeatures(t.text, shape(t.text), prev, out[i - 2] ?? 'O', historyOf(history, t.text));
      out.push(repair(TAGS[choose([...statics[i]!, dynamic], s, i)]!, prev));
    });
    sentence.tokens.forEach((t, i) => remember(history, t.text, out[i]!));
    return out;
  });
}

/** The static features of a document with the second-pass features of the first pass's tags appended (training). */
function withSecondPass(sentences: TaggedSentence[], statics: string[][][], first: Tag[][]): string[][][] {
  const extra = secondPassFeatures(
    sentences.map((s) => s.tokens),
    first,
  );
  return statics.map((s, i) => s.map((t, j) => [...t, ...extra(i)[j]!]));
}

/** A sentence's table rows, token after token, in one array (a long article holds many). */
function packed(perToken: Int32Array[]): { rows: Int32Array; at: Int32Array } {
  const at = new Int32Array(perToken.length + 1);
  perToken.forEach((r, i) => (at[i + 1] = at[i]! + r.length));
  const rows = new Int32Array(at[perToken.length]!);
  perToken.forEach((r, i) => rows.set(r, at[i]));
  return { rows, at };
}

/** Features as strings, or as rows of a loaded model's table already looked up. */
type FeaturePart = readonly string[] | Int32Array;

/** Precomputed features as one part per token. */
const stored = (statics: string[][][]) => (s: number) => statics[s]!.map((f) => [f]);

export class Tagger implements SequenceTagger {
  /** per word role: word -> the table rows of the features that word gives there (features.ts wordFeatures) */
  private readonly wordRows = WORD_ROLES.map((role) =>
    boundedMemo((seen: string | typeof EDGE) => this.perceptron.rowsOf(wordFeatures(role, seen))),
  );

  constructor(
    private readonly perceptron: AveragedPerceptron,
    private readonly second?: AveragedPerceptron,
  ) {}

  /**
   * The rows of staticFeatures(tokens, rules, doc), the same multiset: the one-word features come
   * from the word cache, so only the features of word pairs, rules and document are built as strings.
   */
  private staticRows(tokens: Token[], rules: RuleView[], doc: DocContext): Int32Array[] {
    const seen = seenWords(tokens);
    return contextFeatures(tokens, rules, doc).map((context, i) => {
      const parts = WORD_ROLES.map((role, r) => this.wordRows[r]!(wordAt(seen, i, role)));
      parts.push(this.perceptron.rowsOf(context));
      const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    });
  }

  static fromModel(model: TaggerModel): Tagger {
    // a model learnt over another tag set would be read as nonsense: refuse it with a clear reason
    for (const m of isTwoPass(model) ? [model.first, model.second] : [model])
      if (m.classes.join() !== TAGS.join())
        throw new Error(
          `the tagger model's tags (${m.classes.join(' ')}) are not ${TAGS.join(' ')}: rebuild it with npm run train:ner`,
        );
    if (!isTwoPass(model)) return new Tagger(AveragedPerceptron.fromModel(model));
    const [first, second] = AveragedPerceptron.fromModels([model.first, model.second]);
    return new Tagger(first!, second);
  }

  tagDocument(sentences: TaggedSentence[]): Tag[][] {
    const doc = docContext(sentences.map((s) => s.tokens));
    const first = this.perceptron;
    const second = this.second;
    // each token's static features are built and looked up once: both passes' tables share one
    // feature index, so the rows serve the first pass at once and are kept, packed, for the second
    const known: { rows: Int32Array; at: Int32Array }[] = [];
    const firstTags = decodeDocument(
      sentences,
      (s) => {
        const rows = this.staticRows(sentences[s]!.tokens, sentences[s]!.rules, doc);
        if (second) known[s] = packed(rows);
        return rows.map((r) => [r]);
      },
      ([rows, ...parts]) => first.predictRows(rows as Int32Array, ...(parts as string[][])),
    );
    if (!second) return firstTags;
    const extra = secondPassFeatures(
      sentences.map((s) => s.tokens),
      firstTags,
    );
    return decodeDocument(
      sentences,
      (s) => {
        const ex = extra(s);
        const { rows, at } = known[s]!;
        delete known[s]; // each sentence's rows are read once
        return ex.map((e, i) => [rows.subarray(at[i], at[i + 1]), e]);
      },
      ([rows, ...parts]) => second.predictRows(rows as Int32Array, ...(parts as string[][])),
    );
  }

  tag(sentence: TaggedSentence): Tag[] {
    return this.tagDocument([sentence])[0]!;
  }
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** static features seen fewer times than this in training are left out (a smaller, less overfit model) */
  minCount?: number;
  /** called after each epoch */
  onEpoch?: (epoch: number) => void;
}

/**
 * Trains on documents with gold tags. The previous tags and the history seen in training are the
 * model's own guesses (as at tagging time), so it learns to recover from its mistakes. Documents are
 * shuffled each epoch with a seeded generator: the same data gives the same model.
 */
export function train(
  documents: TaggedSentence[][],
  options: TrainOptions = {},
  /** static features of each document to use instead of documentFeatures (the second pass's) */
  given?: string[][][][],
): PerceptronModel {
  const { epochs = 10, seed = 7, minCount = 1 } = options;
  const p = new AveragedPerceptron(TAGS);
  let statics = given ?? documents.map(documentFeatures);
  if (minCount > 1) {
    const counts = new Map<string, number>();
    for (const d of statics)
      for (const s of d) for (const t of s) for (const f of t) counts.set(f, (counts.get(f) ?? 0) + 1);
    statics = statics.map((d) => d.map((s) => s.map((t) => t.filter((f) => counts.get(f)! >= minCount))));
  }
  const order = documents.map((_, i) => i);
  const rnd = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const doc = documents[k]!;
      decodeDocument(doc, stored(statics[k]!), (parts, s, i) => {
        const f = parts as (readonly string[])[]; // training features are always strings
        const guess = p.predict(...f);
        p.update(f, TAGS.indexOf(doc[s]!.gold![i]!), guess);
        return guess;
      });
    }
    options.onEpoch?.(epoch + 1);
  }
  p.average();
  return p.toModel();
}

/**
 * Trains both passes. The second pass must learn from first-pass tags as noisy as those it will see
 * on new text, so the training documents' first-pass tags come from models that did not see them
 * (jackknifing over `folds` interleaved folds); the shipped first pass is trained on everything.
 */
export function trainTwoPass(
  documents: TaggedSentence[][],
  options: TrainOptions & { folds?: number; onStage?: (stage: string) => void } = {},
): TwoPassModel {
  const { folds = 4, onStage = () => undefined } = options;
  const first = train(documents, options);
  onStage('first pass');
  const heldOut: Tag[][][] = new Array(documents.length);
  for (let k = 0; k < folds; k++) {
    const tagger = Tagger.fromModel(
      train(
        documents.filter((_, i) => i % folds !== k),
        options,
      ),
    );
    documents.forEach((d, i) => {
      if (i % folds === k) heldOut[i] = tagger.tagDocument(d);
    });
    onStage(`fold ${k + 1} of ${folds}`);
  }
  const statics = documents.map((d, i) => withSecondPass(d, documentFeatures(d), heldOut[i]!));
  const second = train(documents, options, statics);
  onStage('second pass');
  return { first, second };
}
