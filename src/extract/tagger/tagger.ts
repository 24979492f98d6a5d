/**
 * Greedy left-to-right sequence tagging with an averaged perceptron, a document at a time (so each
 * token sees how the same word was tagged earlier in the article), and its training loop.
 */
import { seededRandom } from '../../util';
import type { Token } from '../types';
import {
  docContext,
  dynamicFeatures,
  historyOf,
  remember,
  shape,
  staticFeatures,
  type History,
  type RuleView,
} from './features';
import { AveragedPerceptron, type PerceptronModel } from './perceptron';
import { TAGS, type Tag } from './tags';

export interface TaggedSentence {
  tokens: Token[];
  rules: RuleView[];
  /** the truth, for training */
  gold?: Tag[];
}

/** An I- tag may only continue a span of its own type; anything else opens one. */
const repair = (tag: Tag, prev: Tag): Tag =>
  tag.startsWith('I-') && prev.slice(2) !== tag.slice(2) ? (`B-${tag.slice(2)}` as Tag) : tag;

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
  statics: string[][][],
  choose: (f: string[], s: number, i: number) => number,
): Tag[][] {
  const history: History = new Map();
  return sentences.map((sentence, s) => {
    const out: Tag[] = [];
    sentence.tokens.forEach((t, i) => {
      const prev = out[i - 1] ?? 'O';
      const f = dynamicFeatures(
        statics[s]![i]!,
        t.text,
        shape(t.text),
        prev,
        out[i - 2] ?? 'O',
        historyOf(history, t.text),
      );
      out.push(repair(TAGS[choose(f, s, i)]!, prev));
    });
    sentence.tokens.forEach((t, i) => remember(history, t.text, out[i]!));
    return out;
  });
}

export class Tagger implements SequenceTagger {
  constructor(private readonly perceptron: AveragedPerceptron) {}

  static fromModel(model: PerceptronModel): Tagger {
    return new Tagger(AveragedPerceptron.fromModel(model));
  }

  tagDocument(sentences: TaggedSentence[]): Tag[][] {
    return decodeDocument(sentences, documentFeatures(sentences), (f) => this.perceptron.predict(f));
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
export function train(documents: TaggedSentence[][], options: TrainOptions = {}): PerceptronModel {
  const { epochs = 10, seed = 7, minCount = 1 } = options;
  const p = new AveragedPerceptron(TAGS);
  let statics = documents.map(documentFeatures);
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
      decodeDocument(doc, statics[k]!, (f, s, i) => {
        const guess = p.predict(f);
        p.update(f, TAGS.indexOf(doc[s]!.gold![i]!), guess);
        return guess;
      });
    }
    options.onEpoch?.(epoch + 1);
  }
  p.average();
  return p.toModel();
}
