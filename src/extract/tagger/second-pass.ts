/**
 * Second-pass features (Krishnan & Manning 2006; Ratinov & Roth 2009's two-stage aggregation): what
 * the first pass said about the whole document, later sentences included. The same word or name
 * tends to keep one type within an article ("Ajax" in a results table is the club its match report
 * names), so each token sees the first pass's majority type for its word, for the name it is part
 * of, and for longer names that contain it elsewhere in the article.
 */
import type { Token } from '../types';
import { feature } from './features';
import { continues, type Tag } from './tags';

type Counts = Map<string, number>;

const bump = (m: Map<string, Counts>, key: string, type: string) => {
  const c = m.get(key) ?? new Map<string, number>();
  c.set(type, (c.get(type) ?? 0) + 1);
  m.set(key, c);
};

/** The most frequent type and how sure: `Organization|all`, `Person|most`, or `none`. */
function majority(c: Counts | undefined): string {
  if (!c) return 'none';
  let best = 'none';
  let n = 0;
  let total = 0;
  for (const [type, k] of c) {
    total += k;
    if (k > n || (k === n && type < best)) [best, n] = [type, k];
  }
  return `${best}|${n === total ? 'all' : n * 2 > total ? 'most' : 'some'}`;
}

const typeOf = (tag: Tag) => (tag === 'O' ? 'O' : tag.slice(2));
const isCap = (w: string) => /^\p{Lu}/u.test(w);

/** The first pass's spans of one sentence: [first token, last token + 1, type]. */
function spans(tags: readonly Tag[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const last = out[out.length - 1];
    if (last && last[1] === i && continues(tags[i - 1], tag)) last[1] = i + 1;
    else out.push([i, i + 1, typeOf(tag)]);
  });
  return out;
}

/**
 * Features for the tokens of a document's sentence `s`, from the first pass's tags of the whole
 * document (counted once; each sentence's names read when it is asked for, each token's features
 * made when asked for: a tagger scores only the tokens a name may cover).
 */
export function secondPassFeatures(sentences: Token[][], first: Tag[][]): (s: number) => (i: number) => string[] {
  const byWord = new Map<string, Counts>();
  const byName = new Map<string, Counts>();
  const within = new Map<string, Counts>();
  sentences.forEach((tokens, s) => {
    const tags = first[s]!;
    tokens.forEach((t, i) => {
      if (isCap(t.text)) bump(byWord, t.text.toLowerCase(), typeOf(tags[i]!));
    });
    for (const [a, b, type] of spans(tags)) {
      const name = tokens
        .slice(a, b)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      bump(byName, name, type);
      if (b - a > 1) for (let i = a; i < b; i++) bump(within, tokens[i]!.text.toLowerCase(), type);
    }
  });
  return (s) => {
    const tokens = sentences[s]!;
    const tags = first[s]!;
    const nameAt: string[] = tokens.map(() => 'none');
    for (const [a, b] of spans(tags)) {
      const name = tokens
        .slice(a, b)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      const m = majority(byName.get(name));
      for (let i = a; i < b; i++) nameAt[i] = m;
    }
    return (i) => {
      const t = tokens[i]!;
      const own = tags[i]!;
      const type = typeOf(own);
      const f = [
        feature('p1=', own),
        feature('p1-1=', tags[i - 1] ?? '<s>'),
        feature('p1+1=', tags[i + 1] ?? '</s>'),
        feature('p1n=', nameAt[i]!),
        feature('p1n=', `${nameAt[i]}|${type}`),
      ];
      if (isCap(t.text)) {
        const w = t.text.toLowerCase();
        const word = majority(byWord.get(w));
        const longer = majority(within.get(w));
        f.push(
          feature('p1w=', word),
          feature('p1w=', `${word}|${type}`),
          feature('p1l=', longer),
          feature('p1l=', `${longer}|${type}`),
        );
      }
      return f;
    };
  };
}
