/** Greedy left-to-right sequence tagging with an averaged perceptron, and its training loop. */
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

export class Tagger implements SequenceTagger {
  constructor(private readonly perceptron: AveragedPerceptron) {}

  static fromModel(model: PerceptronModel): Tagger {
    return new Tagger(AveragedPerceptron.fromModel(model));
  }

  tag(sentence: TaggedSentence): Tag[] {
    const statics = staticFeatures(sentence.tokens, sentence.rules);
    const out: Tag[] = [];
    for (let i = 0; i < statics.length; i++) {
      const prev = out[i - 1] ?? 'O';
      const f = dynamicFeatures(statics[i]!, sentence.tokens[i]!.text, prev, out[i - 2] ?? 'O');
      out.push(repair(TAGS[this.perceptron.predict(f)]!, prev));
    }
    return out;
  }
}

/** A small deterministic PRNG (mulberry32): the same data and seed always give the same model. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains on sentences with gold tags. The previous tags seen in training are the model's own guesses
 * (as at tagging time), so it learns to recover from its mistakes.
 */
export function train(sentences: TaggedSentence[], epochs = 10, seed = 7): PerceptronModel {
  const p = new AveragedPerceptron(TAGS);
  const order = sentences.map((_, i) => i);
  const rnd = random(seed);
  const statics = sentences.map((s) => staticFeatures(s.tokens, s.rules));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const s = sentences[k]!;
      const guesses: Tag[] = [];
      s.tokens.forEach((t, i) => {
        const prev = guesses[i - 1] ?? 'O';
        const f = dynamicFeatures(statics[k]![i]!, t.text, prev, guesses[i - 2] ?? 'O');
        const guess = p.predict(f);
        p.update(f, TAGS.indexOf(s.gold![i]!), guess);
        guesses.push(repair(TAGS[guess]!, prev));
      });
    }
  }
  p.average();
  return p.toModel();
}
