/**
 * Greedy left-to-right sequence tagging with an averaged perceptron, a document at a time (so each
 * token sees how the same word was tagged earlier in the article), and its training loop.
 */
import { NAME_PARTICLES } from '../lexicon/names';
import { boundedMemo, seededRandom } from '../../util';
import type { Token } from '../types';
import {
  contextFeaturer,
  docContext,
  EDGE,
  dynamicFeatures,
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
import { commonWordTag } from '../lexicon/english';
import { AveragedPerceptron, type PerceptronModel } from './perceptron';
import { PreviousTagRows } from './previous-tag-rows';
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
 * and for the same word earlier in the document; `choose` picks a tag index for token i of sentence
 * s given those tag-dependent features (and, in training, learns from it).
 */
function decodeDocument(
  sentences: TaggedSentence[],
  choose: (dynamic: string[], s: number, i: number) => number,
): Tag[][] {
  const history: History = new Map();
  return sentences.map((sentence, s) => {
    const out: Tag[] = [];
    sentence.tokens.forEach((t, i) => {
      const prev = out[i - 1] ?? 'O';
      const dynamic = dynamicFeatures(t.text, shape(t.text), prev, out[i - 2] ?? 'O', historyOf(history, t.text));
      out.push(repair(TAGS[choose(dynamic, s, i)]!, prev));
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
/** does a hypothesis (null: none yet) leave no span open? */
const closed = (h: Hypothesis | null) => CLOSES[h?.tag ?? O]!;

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
  staticsOf: (s: number) => { plain: readonly Plainness[]; scoreAt: (i: number) => Float64Array },
  model: AveragedPerceptron,
  width: number,
): Tag[][] {
  const history: History = new Map();
  const score = (features: string[]) => model.score(features);
  const previous = PreviousTagRows.of(model);
  // the tag-pair feature's scores depend on the two tags alone: scored once per document
  const pairScores: (Float64Array | undefined)[] = new Array(TAGS.length * TAGS.length);
  const pairScore = (prev2: number, prev: number) =>
    (pairScores[prev2 * TAGS.length + prev] ??= score([tagPairFeature(TAGS[prev2]!, TAGS[prev]!)]).slice());
  // per previous tag: its scores at this token (hypotheses often share it), made once per token
  const byPrev = TAGS.map(() => new Float64Array(TAGS.length));
  const scoredAt = new Int32Array(TAGS.length).fill(-1);
  let token = 0;
  return sentences.map((sentence, s) => {
    const { plain, scoreAt } = staticsOf(s);
    const n = sentence.tokens.length;
    let beam: (Hypothesis | null)[] = [null];
    sentence.tokens.forEach((t, i) => {
      const hist = historyOf(history, t.text);
      const sh = shape(t.text);
      if (plain[i] === PLAIN && beam.some(closed)) {
        // O's static score is the same for every hypothesis: only what depends on the tags before counts
        const next: Hypothesis[] = [];
        for (const h of beam) {
          const prev = h?.tag ?? O;
          if (!CLOSES[prev]) continue;
          const p = previous.scoreOf(t.text, sh, prev, hist, O);
          const pair = pairScore(h?.before?.tag ?? O, prev)[O]!;
          keep(next, width, { tag: O, before: h, score: (h?.score ?? 0) + p + pair });
        }
        beam = next;
        return;
      }
      const next: Hypothesis[] = [];
      // the token's static and history scores, then per previous tag (hypotheses often share it)
      const base = scoreAt(i);
      const h0 = previous.history(hist);
      for (let k = 0; k < base.length; k++) base[k] = base[k]! + h0[k]!;
      token++;
      const last = i === n - 1;
      for (const h of beam) {
        const prev = h?.tag ?? O;
        const p = byPrev[prev]!;
        if (scoredAt[prev] !== token) {
          previous.scoresInto(t.text, sh, prev, hist, p);
          scoredAt[prev] = token;
        }
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

/** A token that may be part of a name, and a plain one (plainTokens). */
export const NAMEABLE = 0;
export const PLAIN = 1;
export type Plainness = typeof NAMEABLE | typeof PLAIN;

/** parts of speech (compromise's) that no name is written with after its first word: no "Smith said" */
const FUNCTIONAL = new Set([
  'Determiner',
  'Pronoun',
  'Preposition',
  'Conjunction',
  'QuestionWord',
  'Copula',
  'Modal',
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Adverb',
]);
const functional = (word: string) => FUNCTIONAL.has(commonWordTag(word.toLowerCase().replace(/\p{P}+$/u, '')) ?? '');

/**
 * A lower-case word between lower-case words (or a sentence's edge) is no part of a name: over half
 * of news tokens. In CoNLL-2003 train, 28 of its 114,748 such tokens are inside one, almost all in
 * names with no capital that the tag stage drops anyway ("interior ministry"). Nor is a lower-case
 * word at a name's edge, which the tag stage takes off anyway (rules/lower-case-edges.ts): one right
 * before a capitalised word with two lower-case words before it ("on the Thames"), unless it is a
 * particle ("de Gaulle"); one right after a name of two or more words with two lower-case words after
 * it ("John Smith said the", not "Bank of the Republic"); and one after a single capitalised word
 * when it, or that word, is a function word or verb ("Smith said", "The company"; a name may go on
 * with a lower-case noun, "Star magazine", which the tag stage keeps). Never a word with a digit
 * ("Windows 95"). These are 9 % of CoNLL-2003 train's tokens, 19 of them inside a name. A word is
 * what stands between spaces, so "ur" in "Ata-ur-Rehman" is part of a capitalised one.
 */
export function plainTokens(tokens: Token[]): Plainness[] {
  // the space-delimited word of each token, whether it has a capital, and its text
  const word: number[] = [];
  const upper: boolean[] = [];
  const text: string[] = [];
  tokens.forEach((t, i) => {
    if (i === 0 || tokens[i - 1]!.end !== t.start) {
      upper.push(false);
      text.push('');
    }
    word.push(upper.length - 1);
    text[text.length - 1] += t.text;
    if (/\p{Lu}/u.test(t.text)) upper[upper.length - 1] = true;
  });
  const plain = (w: number): boolean => {
    if (upper[w]) return false;
    const before = upper[w - 1] ?? false;
    const after = upper[w + 1] ?? false;
    if (before === after) return !before;
    if (/\d/.test(text[w]!)) return false;
    if (after) return !upper[w - 2] && !NAME_PARTICLES.has(text[w]!);
    if (upper[w + 2]) return false;
    return upper[w - 2] === true || functional(text[w]!) || functional(text[w - 1]!);
  };
  return word.map((w) => (plain(w) ? PLAIN : NAMEABLE));
}

/**
 * One sentence's static scores for a pass: each token's, made when asked for (in an array the next
 * call reuses: a decoder may change it, and is done with it before it asks again), and its plain tokens.
 */
interface SentenceScores {
  plain: readonly Plainness[];
  scoreAt(i: number): Float64Array;
}

/** One pass of a loaded model over a document, given each sentence's static scores. */
type Decoder = (p: AveragedPerceptron, scoresOf: (s: number) => SentenceScores) => Tag[][];

/** Greedy left to right (a beam of one): the static score plus the features of the tags already chosen. */
const greedy =
  (sentences: TaggedSentence[]): Decoder =>
  (p, scoresOf) => {
    let sentence: SentenceScores | undefined;
    let at = -1;
    return decodeDocument(sentences, (dynamic, s, i) => {
      if (s !== at) [sentence, at] = [scoresOf(s), s];
      const scores = sentence!.scoreAt(i);
      p.addFeatures(dynamic, scores);
      let best = 0;
      for (let c = 1; c < TAGS.length; c++) if (scores[c]! > scores[best]!) best = c;
      return best;
    });
  };

const beamed =
  (sentences: TaggedSentence[], width: number): Decoder =>
  (p, scoresOf) =>
    beamDocument(sentences, scoresOf, p, width);

/** The static features of a document with the second-pass features of the first pass's tags appended (training). */
function withSecondPass(sentences: TaggedSentence[], statics: string[][][], first: Tag[][]): string[][][] {
  const extra = secondPassFeatures(
    sentences.map((s) => s.tokens),
    first,
  );
  return statics.map((s, i) => {
    const at = extra(i);
    return s.map((t, j) => [...t, ...at(j)]);
  });
}

export class Tagger implements SequenceTagger {
  /** scores of both passes side by side (one table row holds a feature's weights for each) */
  private readonly width: number;
  /**
   * word -> the summed weights of the features the word gives as the token itself (features.ts
   * wordFeatures, role 0), for every pass: most of a token's static features, summed once per word
   */
  private readonly ownScores = boundedMemo((seen: string) => {
    const out = new Float64Array(this.width);
    AveragedPerceptron.addRows(this.perceptron, this.perceptron.rowsOf(wordFeatures(0, seen)), out);
    return out;
  }, 20_000);
  /** per neighbouring word role: word -> the table rows of the features that word gives there */
  private readonly wordRows = WORD_ROLES.map((role) =>
    boundedMemo((seen: string | typeof EDGE) => this.perceptron.rowsOf(wordFeatures(role, seen))),
  );

  constructor(
    private readonly perceptron: AveragedPerceptron,
    private readonly second?: AveragedPerceptron,
    private readonly beam = DEFAULT_BEAM,
  ) {
    this.width = TAGS.length * (second ? 2 : 1);
  }

  /**
   * The static scores of one token at a time, every pass's side by side (staticFeatures' multiset,
   * summed in its order): the token's own word from the word cache, the neighbours' words as cached
   * rows, and the features of word pairs, rules and document built as strings.
   */
  private staticScores(tokens: Token[], rules: RuleView[], doc: DocContext): (i: number, out: Float64Array) => void {
    const seen = seenWords(tokens);
    const context = contextFeaturer(tokens, rules, doc);
    return (i, out) => {
      out.set(this.ownScores(seen[i]!));
      for (let r = 1; r < WORD_ROLES.length; r++)
        AveragedPerceptron.addRows(this.perceptron, this.wordRows[r]!(wordAt(seen, i, WORD_ROLES[r]!)), out);
      AveragedPerceptron.addFeatureRows(this.perceptron, context(i), out);
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
    const n = TAGS.length;
    const staticsOf = (s: number) => this.staticScores(sentences[s]!.tokens, sentences[s]!.rules, doc);
    // a decoder reads a token's scores before it asks for the next token's: one array serves them all
    const both = new Float64Array(this.width);
    const firstHalf = both.subarray(0, n);
    const own = new Float64Array(n);
    // each token's static features are looked up and summed once for both passes (their weights
    // share table rows): the first pass takes its half, the second's half of each token that is not
    // plain is kept for it, one block per sentence. A plain token's are made only if a pass has to
    // score it after all.
    const kept: { slot: Int32Array; block: Float64Array }[] = [];
    const firstTags = decode(this.perceptron, (s) => {
      const at = staticsOf(s);
      const plain = plains[s]!;
      let slot: Int32Array | undefined;
      let block: Float64Array | undefined;
      if (second) {
        slot = new Int32Array(plain.length).fill(-1);
        let count = 0;
        plain.forEach((p, i) => {
          if (!p) slot![i] = count++;
        });
        block = new Float64Array(count * n);
        kept[s] = { slot, block };
      }
      return {
        plain,
        scoreAt: (i) => {
          at(i, both);
          if (slot && slot[i]! >= 0) block!.set(both.subarray(n), slot[i]! * n);
          return firstHalf;
        },
      };
    });
    if (!second) return firstTags;
    const extra = secondPassFeatures(
      sentences.map((s) => s.tokens),
      firstTags,
    );
    return decode(second, (s) => {
      const ex = extra(s);
      const { slot, block } = kept[s]!;
      delete kept[s]; // each sentence's scores are read once
      let at: ((i: number, out: Float64Array) => void) | undefined;
      return {
        plain: plains[s]!,
        scoreAt: (i) => {
          if (slot[i]! >= 0) own.set(block.subarray(slot[i]! * n, (slot[i]! + 1) * n));
          else {
            (at ??= staticsOf(s))(i, both);
            own.set(both.subarray(n));
          }
          second.addFeatures(ex(i), own);
          return own;
        },
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
      decodeDocument(doc, (dynamic, s, i) => {
        const parts = [statics[k]![s]![i]!, dynamic];
        const guess = p.predict(...parts);
        p.update(parts, TAGS.indexOf(doc[s]!.gold![i]!), guess);
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
