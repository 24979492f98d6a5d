/**
 * An averaged perceptron over string features (Collins 2002): the classic, dependable linear tagger.
 * Small enough to train in seconds in-process and to ship as JSON.
 */
export interface PerceptronModel {
  classes: string[];
  /** feature -> one weight per class (zero rows are left out) */
  weights: Record<string, number[]>;
}

const NO_ROWS = new Int32Array(0);

export class AveragedPerceptron {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;
  private readonly scores: Float64Array;

  constructor(readonly classes: readonly string[]) {
    this.scores = new Float64Array(classes.length);
  }

  /**
   * A loaded model, for tagging: every feature's weights in one flat table (feature -> row offset),
   * so a prediction reads contiguous memory instead of one small array per feature. Single
   * precision: the weights are rounded to 3 decimals anyway, and half the bytes means half the
   * cache misses of the random row reads that dominate tagging (about 10 % faster end to end).
   */
  private frozen: { rows: Map<string, number>; table: Float32Array } | null = null;

  static fromModel(model: PerceptronModel): AveragedPerceptron {
    return AveragedPerceptron.fromModels([model])[0]!;
  }

  /**
   * Loaded models over the same classes that share one feature index: a feature's row is at the
   * same offset in each table, so one lookup serves them all (the tagger's two passes).
   */
  static fromModels(models: PerceptronModel[]): AveragedPerceptron[] {
    const n = models[0]!.classes.length;
    const rows = new Map<string, number>();
    for (const m of models) for (const f of Object.keys(m.weights)) if (!rows.has(f)) rows.set(f, rows.size * n);
    return models.map((m) => {
      const p = new AveragedPerceptron(m.classes);
      const table = new Float32Array(rows.size * n);
      for (const [f, w] of Object.entries(m.weights)) table.set(w, rows.get(f)!);
      p.frozen = { rows, table };
      return p;
    });
  }

  /**
   * The highest-scoring class index (ties: the lower index, so 'O' first). Features come in parts
   * (static, second-pass, dynamic) so no token's features are ever copied into one array.
   */
  predict(...parts: readonly (readonly string[])[]): number {
    if (this.frozen) return this.predictRows(NO_ROWS, ...parts);
    return this.best(this.score(...parts));
  }

  /**
   * Every class's score (one array, reused by the next call): for callers that choose among some
   * classes only (the relation classifier allows the classes its argument types fit).
   */
  score(...parts: readonly (readonly string[])[]): Float64Array {
    if (this.frozen) return this.sumRows(NO_ROWS, parts);
    const scores = this.scores;
    scores.fill(0);
    for (const features of parts)
      for (const f of features) {
        const w = this.weights.get(f);
        if (w) for (let c = 0; c < w.length; c++) scores[c] = scores[c]! + w[c]!;
      }
    return scores;
  }

  /** A loaded model's table rows of the features it knows (the others weigh nothing), to sum later. */
  rowsOf(features: readonly string[]): Int32Array {
    const rows = this.frozen!.rows;
    const out = new Int32Array(features.length);
    let n = 0;
    for (const f of features) {
      const at = rows.get(f);
      if (at !== undefined) out[n++] = at;
    }
    return out.subarray(0, n);
  }

  /** predict() for a loaded model, with part of the features given as rows (rowsOf) already looked up. */
  predictRows(known: Int32Array, ...parts: readonly (readonly string[])[]): number {
    return this.best(this.sumRows(known, parts));
  }

  /** Every class's score for a loaded model, part of the features given as rows (one array, reused by the next call). */
  scoreRows(known: Int32Array, ...parts: readonly (readonly string[])[]): Float64Array {
    return this.sumRows(known, parts);
  }

  /** A loaded model's scores: the rows given, plus the rows of the features it knows. */
  private sumRows(known: Int32Array, parts: readonly (readonly string[])[]): Float64Array {
    const { rows, table } = this.frozen!;
    const scores = this.scores;
    scores.fill(0);
    const n = scores.length;
    for (let k = 0; k < known.length; k++) {
      const at = known[k]!;
      for (let c = 0; c < n; c++) scores[c] = scores[c]! + table[at + c]!;
    }
    for (const features of parts)
      for (const f of features) {
        const at = rows.get(f);
        if (at !== undefined) for (let c = 0; c < n; c++) scores[c] = scores[c]! + table[at + c]!;
      }
    return scores;
  }

  private best(scores: Float64Array): number {
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    return best;
  }

  /** One training example: move weights towards the truth when the guess was wrong. */
  update(parts: readonly (readonly string[])[], truth: number, guess: number): void {
    this.step++;
    if (truth === guess) return;
    for (const features of parts)
      for (const f of features) {
        this.bump(f, truth, 1);
        this.bump(f, guess, -1);
      }
  }

  private bump(f: string, c: number, delta: number): void {
    const n = this.classes.length;
    let w = this.weights.get(f);
    if (!w) {
      w = new Float64Array(n);
      this.weights.set(f, w);
      this.totals.set(f, new Float64Array(n));
      this.stamps.set(f, new Float64Array(n));
    }
    const totals = this.totals.get(f)!;
    const stamps = this.stamps.get(f)!;
    totals[c] = totals[c]! + (this.step - stamps[c]!) * w[c]!;
    stamps[c] = this.step;
    w[c] = w[c]! + delta;
  }

  /** Replaces each weight by its average over all steps (call once, after training). */
  average(): void {
    for (const [f, w] of this.weights) {
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      for (let c = 0; c < w.length; c++) {
        const total = totals[c]! + (this.step - stamps[c]!) * w[c]!;
        w[c] = total / Math.max(1, this.step);
      }
    }
  }

  /** Weights rounded to `digits`; features whose weights all round to zero are dropped. */
  toModel(digits = 3): PerceptronModel {
    const k = 10 ** digits;
    if (this.frozen) {
      const n = this.classes.length;
      const { rows, table } = this.frozen;
      const weights: Record<string, number[]> = {};
      for (const [f, at] of rows) weights[f] = Array.from(table.subarray(at, at + n), (x) => Math.round(x * k) / k);
      return { classes: [...this.classes], weights };
    }
    const weights: Record<string, number[]> = {};
    for (const [f, w] of this.weights) {
      const r = Array.from(w, (x) => Math.round(x * k) / k);
      if (r.some((x) => x !== 0)) weights[f] = r;
    }
    return { classes: [...this.classes], weights };
  }
}
