/**
 * The scores of the features that depend on the tags chosen before (features.ts
 * previousTagFeatures, historyFeature), for the beam. Each is a string built from the word, its
 * shape, the previous tag and the document's history of the word, and looking it up was the
 * tagger's largest cost: the beam asks for it once per token and hypothesis. Here a feature's table
 * row is looked up once per word (or history) and previous tag, and the scores are
 * summed from the rows in the features' own order, so they are exactly the model's.
 */
import type { AveragedPerceptron } from './perceptron';
import { historyFeature, previousTagFeatures } from './features';
import { TAGS } from './tags';

const byModel = new WeakMap<AveragedPerceptron, PreviousTagRows>();

/** a row not looked up yet (rowOf gives -1 for a feature the model does not know) */
const UNSEEN = -2;
/** per previous tag: the rows of t-1, t-1w and t-1s (the word's), then h|prev (the history's) */
const WORD_ROWS = 3;

/** words remembered at most (about 300 bytes each); past that the memory starts again */
const WORD_LIMIT = 20_000;

export class PreviousTagRows {
  /** one per loaded model, for its lifetime: news repeats its words from article to article */
  static of(model: AveragedPerceptron): PreviousTagRows {
    let rows = byModel.get(model);
    if (!rows) byModel.set(model, (rows = new PreviousTagRows(model)));
    return rows;
  }

  private readonly ofWord = new Map<string, Int32Array>();
  private readonly ofHistory = new Map<string, Int32Array>();
  private readonly historyScores = new Map<string, Float64Array>();
  private readonly n: number;

  private constructor(private readonly model: AveragedPerceptron) {
    this.n = model.classes.length;
  }

  /** the rows of the last call of rows(), reused: the beam reads them before it asks again */
  private readonly found = new Int32Array(4);

  /** The rows of previousTagFeatures(word, shape, TAGS[prev], hist), in its order (in `found`). */
  private rows(word: string, shape: string, prev: number, hist: string): Int32Array {
    // the beam asks once per hypothesis of the same token: the word's and history's rows are looked up once
    let last = this.last;
    if (!last || word !== last.word || hist !== last.hist)
      this.last = last = { word, hist, ...this.rowsOf(word, hist) };
    const { w, h } = last;
    const at = prev * WORD_ROWS;
    if (w[at] === UNSEEN || h[prev] === UNSEEN) {
      const [t1, t1w, t1s, hPrev] = previousTagFeatures(word, shape, TAGS[prev]!, hist);
      w[at] = this.model.rowOf(t1!);
      w[at + 1] = this.model.rowOf(t1w!);
      w[at + 2] = this.model.rowOf(t1s!);
      h[prev] = this.model.rowOf(hPrev!);
    }
    const found = this.found;
    found[0] = w[at]!;
    found[1] = w[at + 1]!;
    found[2] = w[at + 2]!;
    found[3] = h[prev]!;
    return found;
  }

  /** the word and history asked for last, with their rows */
  private last: { word: string; hist: string; w: Int32Array; h: Int32Array } | null = null;

  private rowsOf(word: string, hist: string): { w: Int32Array; h: Int32Array } {
    let w = this.ofWord.get(word);
    if (!w) {
      if (this.ofWord.size >= WORD_LIMIT) this.ofWord.clear();
      this.ofWord.set(word, (w = new Int32Array(TAGS.length * WORD_ROWS).fill(UNSEEN)));
    }
    let h = this.ofHistory.get(hist);
    if (!h) this.ofHistory.set(hist, (h = new Int32Array(TAGS.length).fill(UNSEEN)));
    return { w, h };
  }

  /** The score of class `c` from the features of the previous tag `prev` (an index of TAGS). */
  scoreOf(word: string, shape: string, prev: number, hist: string, c: number): number {
    const rows = this.rows(word, shape, prev, hist);
    let sum = 0;
    for (let k = 0; k < 4; k++) if (rows[k]! >= 0) sum += this.model.weightAt(rows[k]!, c);
    return sum;
  }

  /** Every class's score from the features of the previous tag, written into `out`. */
  scoresInto(word: string, shape: string, prev: number, hist: string, out: Float64Array): void {
    out.fill(0);
    const rows = this.rows(word, shape, prev, hist);
    for (let k = 0; k < 4; k++) if (rows[k]! >= 0) this.model.addRow(rows[k]!, out);
  }

  /** Every class's score from the document's history of the word alone (shared: do not change it). */
  history(hist: string): Float64Array {
    let out = this.historyScores.get(hist);
    if (!out) this.historyScores.set(hist, (out = this.model.score([historyFeature(hist)]).slice()));
    return out;
  }
}
