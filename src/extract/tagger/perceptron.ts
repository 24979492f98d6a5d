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

/** A loaded model: feature -> row offset into a table it may share with others (its weights at `offset` in each row). */
interface Frozen {
  rows: Map<string, number>;
  table: Float32Array;
  offset: number;
}

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
  private frozen: Frozen | null = null;

  static fromModel(model: PerceptronModel): AveragedPerceptron {
    return AveragedPerceptron.fromModels([model])[0]!;
  }

  /**
   * Loaded models over the same classes that share one feature index and one table: a feature's
   * weights for every model sit side by side (row `at`, model k's at `at + k * classes`), so one
   * lookup and one cache line serve them all (the tagger's two passes, summed together by addRows).
   */
  static fromModels(models: PerceptronModel[]): AveragedPerceptron[] {
    const n = models[0]!.classes.length;
    const stride = n * models.length;
    const rows = new Map<string, number>();
    for (const m of models) for (const f of Object.keys(m.weights)) if (!rows.has(f)) rows.set(f, rows.size * stride);
    const table = new Float32Array(rows.size * stride);
    models.forEach((m, k) => {
      for (const [f, w] of Object.entries(m.weights)) table.set(w, rows.get(f)! + k * n);
    });
    return models.map((m, k) => {
      const p = new AveragedPerceptron(m.classes);
      p.frozen = { rows, table, offset: k * n };
      return p;
    });
  }

  /**
   * Adds the weights of `rows` to `out` for every model loaded together by fromModels: `out` holds
   * each model's scores one after another (classes x models), in one walk over the rows.
   */
  static addRows(model: AveragedPerceptron, rows: Int32Array, out: Float64Array): void {
    const { table } = model.frozen!;
    const width = out.length;
    for (let k = 0; k < rows.length; k++) {
      const at = rows[k]!;
      for (let c = 0; c < width; c++) out[c] = out[c]! + table[at + c]!;
    }
  }

  /** addRows of the features the models know, looked up as they are summed (no rows array made). */
  static addFeatureRows(model: AveragedPerceptron, features: readonly string[], out: Float64Array): void {
    const { rows, table } = model.frozen!;
    const width = out.length;
    for (const f of features) {
      const at = rows.get(f);
      if (at !== undefined) for (let c = 0; c < width; c++) out[c] = out[c]! + table[at + c]!;
    }
  }

  /**
   * The highest-scoring class index (ties: the lower index, so 'O' first). Features come in parts
   * (static, second-pass, dynamic) so no token's features are ever copied into one array.
   */
  predict(...parts: readonly (readonly string[])[]): number {
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

  /** A loaded model's table row of one feature, or -1 when the feature weighs nothing. */
  rowOf(feature: string): number {
    return this.frozen!.rows.get(feature) ?? -1;
  }

  /** The weight of class `c` in a row of rowOf (0 for -1). */
  weightAt(row: number, c: number): number {
    return row < 0 ? 0 : this.frozen!.table[row + this.frozen!.offset + c]!;
  }

  /** Adds the weights of a row of rowOf to `out`. */
  addRow(row: number, out: Float64Array): void {
    const { table, offset } = this.frozen!;
    const n = out.length;
    for (let c = 0; c < n; c++) out[c] = out[c]! + table[row + offset + c]!;
  }

  /** Adds this loaded model's weights of the features it knows to `out`, one feature after another. */
  addFeatures(features: readonly string[], out: Float64Array): void {
    const { rows, table, offset } = this.frozen!;
    const n = this.classes.length;
    for (const f of features) {
      const at = rows.get(f);
      if (at !== undefined) for (let c = 0; c < n; c++) out[c] = out[c]! + table[at + offset + c]!;
    }
  }

  /** A loaded model's scores: the rows given, plus the rows of the features it knows. */
  private sumRows(known: Int32Array, parts: readonly (readonly string[])[]): Float64Array {
    const { rows, table, offset } = this.frozen!;
    const scores = this.scores;
    scores.fill(0);
    const n = scores.length;
    for (let k = 0; k < known.length; k++) {
      const at = known[k]! + offset;
      for (let c = 0; c < n; c++) scores[c] = scores[c]! + table[at + c]!;
    }
    for (const features of parts)
      for (const f of features) {
        const at = rows.get(f);
        if (at !== undefined) for (let c = 0; c < n; c++) scores[c] = scores[c]! + table[at + offset + c]!;
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
      const { rows, table, offset } = this.frozen;
      const weights: Record<string, number[]> = {};
      for (const [f, at] of rows)
        weights[f] = Array.from(table.subarray(at + offset, at + offset + n), (x) => Math.round(x * k) / k);
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
