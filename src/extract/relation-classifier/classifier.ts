/**
 * The relation classifier: an averaged perceptron over pair features (features.ts), choosing among
 * the classes a pair's argument types allow (classes.ts). A relation is kept when its score beats
 * no-relation's by the model's margin, tuned for precision on dev.
 */
import { seededRandom } from '../../util';
import { AveragedPerceptron, type PerceptronModel } from '../tagger/perceptron';
import { allowedClasses, CLASSES, decision, type Decision } from './classes';
import type { PairCandidate } from './candidates';
import { pairFeatureParts, type PairContext } from './features';

export interface RelationModel extends PerceptronModel {
  /** how far a relation's score must beat no-relation's */
  margin: number;
}

export interface LabelledPair {
  features: string[];
  allowed: number[];
  /** the gold class (0: none) */
  truth: number;
}

export interface RelationTrainOptions {
  epochs: number;
  seed: number;
  /** perceptrons trained on differently shuffled data, their weights averaged (1: one) */
  runs?: number;
  margin: number;
}

/** The allowed class with the highest score, and its lead over no-relation. */
function best(scores: Float64Array, allowed: number[]): { c: number; lead: number } {
  let c = allowed[0]!;
  for (const k of allowed) if (scores[k]! > scores[c]!) c = k;
  return { c, lead: scores[c]! - scores[0]! };
}

/**
 * The allowed relation (never no-relation) with the highest score, and its lead over no-relation:
 * negative when no-relation scores higher, so a negative margin keeps near misses.
 */
function bestRelation(scores: Float64Array, allowed: number[]): { c: number; lead: number } {
  let c = 0;
  for (const k of allowed) if (k > 0 && (c === 0 || scores[k]! > scores[c]!)) c = k;
  return { c, lead: c ? scores[c]! - scores[0]! : -Infinity };
}

function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

function trainOne(pairs: LabelledPair[], options: RelationTrainOptions): RelationModel {
  const p = new AveragedPerceptron(CLASSES);
  const order = pairs.map((_, i) => i);
  const next = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      const x = pairs[i]!;
      p.update([x.features], x.truth, best(p.score(x.features), x.allowed).c);
    }
  }
  p.average();
  return { ...p.toModel(3), margin: options.margin };
}

/**
 * The averaged weights of `runs` perceptrons, each shuffling the pairs with its own seed (seed,
 * seed + 1, ...): on a few thousand pairs one run's score depends on its shuffle by a few points,
 * and the average does not.
 */
export function trainRelations(pairs: LabelledPair[], options: RelationTrainOptions): RelationModel {
  const runs = options.runs ?? 1;
  const models = Array.from({ length: runs }, (_, k) => trainOne(pairs, { ...options, seed: options.seed + k }));
  if (runs === 1) return models[0]!;
  const sums = new Map<string, number[]>();
  for (const m of models)
    for (const [f, w] of Object.entries(m.weights)) {
      const sum = sums.get(f) ?? w.map(() => 0);
      w.forEach((v, c) => (sum[c] = sum[c]! + v));
      sums.set(f, sum);
    }
  const weights: Record<string, number[]> = {};
  for (const f of [...sums.keys()].sort()) weights[f] = sums.get(f)!.map((v) => Math.round((v / runs) * 1000) / 1000);
  return { classes: [...CLASSES], weights, margin: options.margin };
}

/** A feature conjoined with argument types: "Person>Organization|bw=of" */
const CONJOINED = /^((?:Person|Organization|Place)>(?:Person|Organization|Place))\|(.*)$/s;

export class RelationClassifier {
  private readonly scores: Float64Array;

  private constructor(
    private readonly perceptron: AveragedPerceptron,
    /** per argument types: feature -> the table row of that feature conjoined with them */
    private readonly conjoined: Map<string, Map<string, number>>,
    readonly margin: number,
  ) {
    this.scores = new Float64Array(perceptron.classes.length);
  }

  static fromModel(model: RelationModel): RelationClassifier {
    const p = AveragedPerceptron.fromModel(model);
    const conjoined = new Map<string, Map<string, number>>();
    for (const f of Object.keys(model.weights)) {
      const m = CONJOINED.exec(f);
      if (!m) continue;
      const byFeature = conjoined.get(m[1]!) ?? new Map<string, number>();
      byFeature.set(m[2]!, p.rowOf(f));
      conjoined.set(m[1]!, byFeature);
    }
    return new RelationClassifier(p, conjoined, model.margin);
  }

  /**
   * pairFeatures' scores without making its conjoined strings: each feature's conjoined row is read
   * from the table of the pair's types. The rows are added in pairFeatures' order, so the sums are
   * the same to the last bit.
   */
  private score(c: PairCandidate, ctx: PairContext): Float64Array {
    const { types, plain } = pairFeatureParts(c, ctx);
    const p = this.perceptron;
    const scores = this.scores;
    scores.fill(0);
    const add = (row: number) => {
      if (row >= 0) p.addRow(row, scores);
    };
    add(p.rowOf('bias'));
    add(p.rowOf(`t=${types}`));
    for (const f of plain) add(p.rowOf(f));
    const conjoined = this.conjoined.get(types);
    if (conjoined) for (const f of plain) add(conjoined.get(f) ?? -1);
    return scores;
  }

  /** The relation a pair states, with its lead over no relation, or null. */
  classify(c: PairCandidate, ctx: PairContext): (Decision & { lead: number }) | null {
    const scores = this.score(c, ctx);
    const { c: k, lead } = bestRelation(scores, allowedClasses(c.a.type, c.b.type));
    const d = decision(k);
    return d && lead > this.margin ? { ...d, lead } : null;
  }
}
