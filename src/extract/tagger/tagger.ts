/**
 * Greedy left-to-right sequence tagging with an averaged perceptron, a document at a time (so each
 * token sees how the same word was tagged earlier in the article), and its training loop.
 */
import { boundedMemo, seededRandom } from '../../util';
import type { Token } from '../types';
import {
  contextFeaturer,
  docContext,
  EDGE,
  dynamicFeatures,
  historyFeature,
  previousTagFeatures,
  tagPairFeature,
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

/**
 * How many tag sequences the beam keeps per sentence while tagging (1: greedy). On CoNLL-2003 dev,
 * 2 gains most of what 4 does and 8 nothing more (docs/extraction.md).
 */
export const DEFAULT_BEAM = 4;

/** May `tag` follow `prev` in BILOU? A span left open (B-, I-) must go on; otherwise one may open. */
const follows = (prev: Tag, tag: Tag): boolean =>
  prev[0] === 'B' || prev[0] === 'I' ? continues(prev, tag) : tag[0] !== 'I' && tag[0] !== 'L';
/** per tag index: the indices of the tags that may follow it */
const FOLLOWERS = TAGS.map((prev) => TAGS.flatMap((tag, k) => (follows(prev, tag) ? [k] : [])));
/** per tag index: may a sentence end on it (it leaves no span open)? */
const CLOSES = TAGS.map((tag) => tag[0] !== 'B' && tag[0] !== 'I');
const O = 0;
const NO_ROWS = new Int32Array(0);

/** A tag sequence of the beam: its last tag (an index of TAGS), the sequence before it, and its score. */
interface Hypothesis {
  tag: number;
  before: Hypothesis | null;
  score: number;
}

const tagsOf = (h: Hypothesis | undefined): Tag[] => {
  const out: Tag[] = [];
  for (let x = h ?? null; x; x = x.before) out.push(TAGS[x.tag]!);
  return out.reverse();
};

/** Puts a candidate into `top` (best first, at most `width`), after those scoring as high (stable). */
function keep(top: Hypothesis[], width: number, h: Hypothesis): void {
  if (top.length === width && h.score <= top[width - 1]!.score) return;
  let at = top.length;
  while (at > 0 && top[at - 1]!.score < h.score) at--;
  top.splice(at, 0, h);
  if (top.length > width) top.pop();
}

/**
 * Beam search over a sentence at tagging time: the `width` best-scoring tag sequences that BILOU
 * allows are kept token by token, where the greedy choice cannot take back a U- that the next word
 * shows was a B- ("Knight-Ridder Inc."). A token's score is its static part, computed once, plus
 * the parts that depend on the tags before it, scored once per previous tag or tag pair. The
 * document history (the type the same word got earlier) is of earlier sentences, so it is the same
 * for every hypothesis. A plain token (plainTokens) is O in every hypothesis that may end before
 * it, unscored; only when none may does it get scored like any other.
 */
function beamDocument(
  sentences: TaggedSentence[],
  staticsOf: (s: number) => { plain: readonly boolean[]; scoreAt: (i: number) => Float64Array },
  score: (features: string[]) => Float64Array,
  width: number,
): Tag[][] {
  const history: History = new Map();
  // the tag-pair feature's scores depend on the two tags alone: scored once per document
  const pairScores = new Map<number, Float64Array>();
  const pairScore = (prev2: number, prev: number) => {
    const key = prev2 * TAGS.length + prev;
    let out = pairScores.get(key);
    if (!out) pairScores.set(key, (out = score([tagPairFeature(TAGS[prev2]!, TAGS[prev]!)]).slice()));
    return out;
  };
  return sentences.map((sentence, s) => {
    const { plain, scoreAt } = staticsOf(s);
    const n = sentence.tokens.length;
    let beam: (Hypothesis | null)[] = [null];
    sentence.tokens.forEach((t, i) => {
      const hist = historyOf(history, t.text);
      const sh = shape(t.text);
      if (plain[i] && beam.some((h) => CLOSES[h?.tag ?? O])) {
        // O's static score is the same for every hypothesis: only what depends on the tags before counts
        const next: Hypothesis[] = [];
        for (const h of beam) {
          const prev = h?.tag ?? O;
          if (!CLOSES[prev]) continue;
          const p = score(previousTagFeatures(t.text, sh, TAGS[prev]!, hist))[O]!;
          const pair = pairScore(h?.before?.tag ?? O, prev)[O]!;
          keep(next, width, { tag: O, before: h, score: (h?.score ?? 0) + p + pair });
        }
        beam = next;
        return;
      }
      const next: Hypothesis[] = [];
      // the token's static and history scores, then per previous tag (hypotheses often share it)
      const base = scoreAt(i);
      const h0 = score([historyFeature(hist)]);
      for (let k = 0; k < base.length; k++) base[k] = base[k]! + h0[k]!;
      const byPrev = new Map<number, Float64Array>();
      const last = i === n - 1;
      for (const h of beam) {
        const prev = h?.tag ?? O;
        let p = byPrev.get(prev);
        if (!p) byPrev.set(prev, (p = score(previousTagFeatures(t.text, sh, TAGS[prev]!, hist)).slice()));
        const pair = pairScore(h?.before?.tag ?? O, prev);
        const total = h?.score ?? 0;
        for (const k of FOLLOWERS[prev]!) {
          // the sentence's last token closes every span
          if (last && !CLOSES[k]) continue;
          const sc = total + base[k]! + p[k]! + pair[k]!;
          // most candidates lose at once: no hypothesis is made for them
          if (next.length === width && sc <= next[width - 1]!.score) continue;
          keep(next, width, { tag: k, before: h, score: sc });
        }
      }
      beam = next;
    });
    const out = tagsOf(beam[0] ?? undefined);
    sentence.tokens.forEach((t, i) => remember(history, t.text, out[i]!));
    return out;
  });
}

/**
 * A lower-case word between lower-case words (or a sentence's edge) is no part of a name: over half
 * of news tokens. In CoNLL-2003 train, 28 of its 114,748 such tokens are inside one, almost all in
 * names with no capital that the tag stage drops anyway ("interior ministry"). A word is what
 * stands between spaces, so "ur" in "Ata-ur-Rehman" is part of a capitalised one.
 */
export function plainTokens(tokens: Token[]): boolean[] {
  // the space-delimited word of each token, and whether it has a capital
  const word: number[] = [];
  const upper: boolean[] = [];
  tokens.forEach((t, i) => {
    if (i === 0 || tokens[i - 1]!.end !== t.start) upper.push(false);
    word.push(upper.length - 1);
    if (/\p{Lu}/u.test(t.text)) upper[upper.length - 1] = true;
  });
  return word.map((w) => !upper[w] && !upper[w - 1] && !upper[w + 1]);
}

/** A token's tag-independent features for one pass: table rows looked up already, and strings. */
interface TokenFeatures {
  rows: Int32Array;
  extra: string[];
}

/** One sentence's features for a pass: each token's, made when asked for, and its plain tokens. */
interface SentenceFeatures {
  plain: readonly boolean[];
  at(i: number): TokenFeatures;
}

/** One pass of a loaded model over a document, given each sentence's token features. */
type Decoder = (p: AveragedPerceptron, featuresOf: (s: number) => SentenceFeatures) => Tag[][];

const greedy =
  (sentences: TaggedSentence[]): Decoder =>
  (p, featuresOf) =>
    decodeDocument(
      sentences,
      (s) => {
        const f = featuresOf(s);
        return sentences[s]!.tokens.map((_, i) => {
          const t = f.at(i);
          return [t.rows, t.extra];
        });
      },
      ([rows, ...parts]) => p.predictRows(rows as Int32Array, ...(parts as string[][])),
    );

const beamed =
  (sentences: TaggedSentence[], width: number): Decoder =>
  (p, featuresOf) =>
    beamDocument(
      sentences,
      (s) => {
        const f = featuresOf(s);
        return {
          plain: f.plain,
          scoreAt: (i) => {
            const t = f.at(i);
            return p.scoreRows(t.rows, t.extra).slice();
          },
        };
      },
      (f) => p.score(f),
      width,
    );

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
    private readonly beam = DEFAULT_BEAM,
  ) {}

  /**
   * The rows of staticFeatures(tokens, rules, doc) of one token at a time, the same multiset: the
   * one-word features come from the word cache, so only the features of word pairs, rules and
   * document are built as strings.
   */
  private staticRows(tokens: Token[], rules: RuleView[], doc: DocContext): (i: number) => Int32Array {
    const seen = seenWords(tokens);
    const context = contextFeaturer(tokens, rules, doc);
    return (i) => {
      const parts = WORD_ROLES.map((role, r) => this.wordRows[r]!(wordAt(seen, i, role)));
      parts.push(this.perceptron.rowsOf(context(i)));
      const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    };
  }

  static fromModel(model: TaggerModel, beam = DEFAULT_BEAM): Tagger {
    // a model learnt over another tag set would be read as nonsense: refuse it with a clear reason
    for (const m of isTwoPass(model) ? [model.first, model.second] : [model])
      if (m.classes.join() !== TAGS.join())
        throw new Error(
          `the tagger model's tags (${m.classes.join(' ')}) are not ${TAGS.join(' ')}: rebuild it with npm run train:ner`,
        );
    if (!isTwoPass(model)) return new Tagger(AveragedPerceptron.fromModel(model), undefined, beam);
    const [first, second] = AveragedPerceptron.fromModels([model.first, model.second]);
    return new Tagger(first!, second, beam);
  }

  tagDocument(sentences: TaggedSentence[]): Tag[][] {
    const doc = docContext(sentences.map((s) => s.tokens));
    const second = this.second;
    const decode = this.beam > 1 ? beamed(sentences, this.beam) : greedy(sentences);
    const plains = sentences.map((s) => plainTokens(s.tokens));
    const rowsOf = (s: number) => this.staticRows(sentences[s]!.tokens, sentences[s]!.rules, doc);
    // each token's static features are built and looked up once: both passes' tables share one
    // feature index, so the rows serve the first pass at once and are kept, packed, for the second.
    // A plain token's are made only if a pass has to score it after all.
    const known: { rows: Int32Array; at: Int32Array }[] = [];
    const firstTags = decode(this.perceptron, (s) => {
      const plain = plains[s]!;
      const rowAt = rowsOf(s);
      const rows = plain.map((p, i) => (p ? NO_ROWS : rowAt(i)));
      if (second) known[s] = packed(rows);
      return { plain, at: (i) => ({ rows: plain[i] ? rowAt(i) : rows[i]!, extra: [] }) };
    });
    if (!second) return firstTags;
    const extra = secondPassFeatures(
      sentences.map((s) => s.tokens),
      firstTags,
    );
    return decode(second, (s) => {
      const ex = extra(s);
      const { rows, at } = known[s]!;
      delete known[s]; // each sentence's rows are read once
      const plain = plains[s]!;
      let rowAt: ((i: number) => Int32Array) | undefined;
      return {
        plain,
        at: (i) => ({
          rows: plain[i] ? (rowAt ??= rowsOf(s))(i) : rows.subarray(at[i], at[i + 1]),
          extra: ex[i]!,
        }),
      };
    });
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
