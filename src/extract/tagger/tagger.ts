/** Greedy left-to-right sequence tagging with an averaged perceptron, and its training loop. */
import { seededRandom } from '../../util/seeded-random';
import type { Token } from '../types';
import { dynamicFeatures, staticFeatures, type RuleView } from './features';
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

/** Anything that tags a sentence's tokens (the refine stage needs no more). */
export interface SequenceTagger {
  tag(sentence: TaggedSentence): Tag[];
}

/**
 * Greedy left to right: each token's features include the tags already chosen for the two before it;
 * `choose` picks a tag index from a token's features (and, in training, learns from it).
 */
function decode(tokens: Token[], statics: string[][], choose: (f: string[], i: number) => number): Tag[] {
  const out: Tag[] = [];
  tokens.forEach((t, i) => {
    const prev = out[i - 1] ?? 'O';
    const f = dynamicFeatures(statics[i]!, t.text, prev, out[i - 2] ?? 'O');
    out.push(repair(TAGS[choose(f, i)]!, prev));
  });
  return out;
}

export class Tagger implements SequenceTagger {
  constructor(private readonly perceptron: AveragedPerceptron) {}

  static fromModel(model: PerceptronModel): Tagger {
    return new Tagger(AveragedPerceptron.fromModel(model));
  }

  tag(sentence: TaggedSentence): Tag[] {
    return decode(sentence.tokens, staticFeatures(sentence.tokens, sentence.rules), (f) => this.perceptron.predict(f));
  }
}

/**
 * Trains on sentences with gold tags. The previous tags seen in training are the model's own guesses
 * (as at tagging time), so it learns to recover from its mistakes.
 */
export function train(sentences: TaggedSentence[], epochs = 10, seed = 7): PerceptronModel {
  const p = new AveragedPerceptron(TAGS);
  const order = sentences.map((_, i) => i);
  const rnd = seededRandom(seed);
  const statics = sentences.map((s) => staticFeatures(s.tokens, s.rules));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const s = sentences[k]!;
      decode(s.tokens, statics[k]!, (f, i) => {
        const guess = p.predict(f);
        p.update(f, TAGS.indexOf(s.gold![i]!), guess);
        return guess;
      });
    }
  }
  p.average();
  return p.toModel();
}
