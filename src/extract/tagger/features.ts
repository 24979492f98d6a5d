/**
 * Features of one token for the tagger: the word, its shape and affixes over a window, word-list and
 * gazetteer membership, what the rule-based recogniser said about it (stacking: the rules propose,
 * the tagger decides), and what the rest of the document says about the same word.
 */
import { commonWordTag } from '../lexicon/english';
import { country, demonym, place } from '../lexicon/gazetteer';
import { givenNames } from '../lexicon/names';
import { ORG_HEADS, ORG_TAILS, PLACE_HEADS, TITLE_WORDS } from '../lexicon/words';
import { boundedMemo } from '../../util';
import type { Token } from '../types';
import type { Tag } from './tags';

/** What the rules said about a token: the BIO tag of the rule mention covering it and that rule's name. */
export interface RuleView {
  tag: Tag;
  rule: string;
  keyed: boolean;
}

/**
 * Xxxx, XX, x.x., dd: the word's look, with runs collapsed. Remembered per word: each token's shape
 * is asked for by both passes and by its neighbours' features.
 */
export const shape = boundedMemo((word: string) =>
  word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/g, '$1$1'),
);

/** The shape with every run collapsed to one character: Xx, X.X., d. */
const shortShape = (s: string) => s.replace(/(.)\1+/g, '$1');

/** Word -> lexicon features, remembered: the same words recur across a corpus. */
const lexical = boundedMemo((word: string) => lexicalOf(word));

function lexicalOf(word: string): string[] {
  const lower = word.toLowerCase();
  const out: string[] = [];
  if (country(word)) out.push('country');
  else if (/^\p{Lu}/u.test(word) && place(word)) out.push('place');
  if (demonym(word)) out.push('demonym');
  if (givenNames().has(lower)) out.push('given');
  if (ORG_HEADS.has(lower)) out.push('orghead');
  if (ORG_TAILS.has(lower)) out.push('orgtail');
  if (PLACE_HEADS.has(lower)) out.push('placehead');
  if (TITLE_WORDS.has(lower)) out.push('title');
  const common = commonWordTag(lower);
  if (common) out.push(`common=${common}`);
  return out;
}

/** "JAPAN" -> "Japan": how a word of an all-caps headline would be written in running text. */
const titleCase = (w: string) => (w.length > 1 ? w[0]! + w.slice(1).toLowerCase() : w);

const isUpper = (w: string) => /^\p{Lu}/u.test(w);

/**
 * A sentence written in capitals (a headline, a wire slug): its capitals say nothing about names.
 * Remembered per sentence: the document context and each pass's features ask it of every sentence.
 */
const shoutedMemo = new WeakMap<Token[], boolean>();
export function isShouted(tokens: Token[]): boolean {
  let out = shoutedMemo.get(tokens);
  if (out === undefined) shoutedMemo.set(tokens, (out = shoutedOf(tokens)));
  return out;
}

function shoutedOf(tokens: Token[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const t of tokens)
    if (/\p{L}/u.test(t.text)) {
      letters++;
      if (t.text === t.text.toUpperCase() && /\p{Lu}\p{Lu}/u.test(t.text)) upper++;
    }
  return letters >= 2 && upper / letters > 0.6;
}

/**
 * What the whole document says about its words, read before tagging (a non-local view, after
 * Ratinov & Roth 2009): whether a word is written lower-case somewhere (so it is a common word here),
 * and whether it is capitalised somewhere it is not capitalised by position.
 */
export interface DocContext {
  lowerSeen: Set<string>;
  capSeen: Set<string>;
  /** the words seen right before and after each capitalised word, over all its occurrences */
  around: Map<string, { before: Set<string>; after: Set<string> }>;
}

/** at most this many neighbours of a word's other occurrences become its features */
const AROUND_LIMIT = 6;

export function docContext(sentences: Token[][]): DocContext {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  const around = new Map<string, { before: Set<string>; after: Set<string> }>();
  for (const tokens of sentences) {
    if (isShouted(tokens)) continue;
    tokens.forEach((t, i) => {
      if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text);
      else if (i > 0 && isUpper(t.text) && !/^["'“‘(]$/.test(tokens[i - 1]!.text)) capSeen.add(t.text.toLowerCase());
      if (isUpper(t.text)) {
        const key = t.text.toLowerCase();
        const a = around.get(key) ?? { before: new Set<string>(), after: new Set<string>() };
        const prev = tokens[i - 1]?.text.toLowerCase() ?? '<s>';
        const next = tokens[i + 1]?.text.toLowerCase() ?? '</s>';
        if (a.before.size < AROUND_LIMIT) a.before.add(prev);
        if (a.after.size < AROUND_LIMIT) a.after.add(next);
        around.set(key, a);
      }
    });
  }
  return { lowerSeen, capSeen, around };
}

/**
 * Where a word stands relative to the token being tagged. The features a word gives in each place
 * depend on that word alone, so a loaded tagger looks them up once per word (wordRows), not per token.
 */
export const WORD_ROLES = [0, -1, 1, -2, 2] as const;
export type WordRole = (typeof WORD_ROLES)[number];
/** the word before the first or after the last token of a sentence */
export const EDGE = null;

/** The features the word `seen` (as running text would write it) gives the token at `role` from it. */
export function wordFeatures(role: WordRole, seen: string | typeof EDGE): string[] {
  const at = role > 0 ? `+${role}` : role < 0 ? String(role) : '';
  if (seen === EDGE) {
    const edge = role < 0 ? '<s>' : '</s>';
    return Math.abs(role) === 2 ? [`w${at}=${edge}`] : [`w${at}=${edge}`, `s${at}=${edge}`];
  }
  const w = seen.toLowerCase();
  if (role === 0) {
    const s = shape(seen);
    const f = [
      'b',
      `w=${w}`,
      `W=${seen}`,
      `s=${s}`,
      `ss=${shortShape(s)}`,
      `p1=${w.slice(0, 1)}`,
      `p2=${w.slice(0, 2)}`,
      `p3=${w.slice(0, 3)}`,
      `p4=${w.slice(0, 4)}`,
      `x1=${w.slice(-1)}`,
      `x2=${w.slice(-2)}`,
      `x3=${w.slice(-3)}`,
      `x4=${w.slice(-4)}`,
    ];
    for (const l of lexical(seen)) f.push(`l=${l}`);
    return f;
  }
  if (Math.abs(role) === 2) return [`w${at}=${w}`];
  return [`w${at}=${w}`, `s${at}=${shape(seen)}`, ...lexical(seen).map((l) => `l${at}=${l}`)];
}

/**
 * A feature string made once per prefix and value, for features whose values come from a few dozen
 * (tags, rules, types, majorities): a string made once keeps its hash for the model's table lookups.
 */
const featureMemo = new Map<string, Map<string, string>>();
export function feature(prefix: string, value: string): string {
  let byValue = featureMemo.get(prefix);
  if (!byValue) featureMemo.set(prefix, (byValue = new Map()));
  let out = byValue.get(value);
  if (out === undefined) byValue.set(value, (out = prefix + value));
  return out;
}

/** The features of a sentence's tokens that depend on more than one word: pairs, the rules, the document. */
export function contextFeatures(tokens: Token[], rules: RuleView[], doc?: DocContext): string[][] {
  const at = contextFeaturer(tokens, rules, doc);
  return tokens.map((_, i) => at(i));
}

/** contextFeatures of one token at a time (a tagger may not need every token's). */
export function contextFeaturer(tokens: Token[], rules: RuleView[], doc?: DocContext): (i: number) => string[] {
  const shouted = isShouted(tokens);
  const words = tokens.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  // in a headline, shapes and word lists read the word as running text would write it
  const seen = shouted ? words.map(titleCase) : words;
  const shapes = seen.map(shape);
  const at = <T>(xs: T[], i: number, none: T) => (i >= 0 && i < xs.length ? xs[i]! : none);
  return (i) => {
    const w = lower[i]!;
    const r = rules[i]!;
    const s = shapes[i]!;
    const f = [
      `s-1s=${at(shapes, i - 1, '<s>')}|${s}`,
      `ss+1=${s}|${at(shapes, i + 1, '</s>')}`,
      `w-1w=${at(lower, i - 1, '<s>')}|${w}`,
      `ww+1=${w}|${at(lower, i + 1, '</s>')}`,
      `w-1s=${at(lower, i - 1, '<s>')}|${s}`,
      `sw+1=${s}|${at(lower, i + 1, '</s>')}`,
      feature('r=', r.tag),
      feature('rr=', `${r.tag}|${r.rule}`),
      feature('rk=', `${r.tag}|${r.keyed}`),
      feature('r-1=', at(rules, i - 1, null)?.tag ?? '<s>'),
      feature('r+1=', at(rules, i + 1, null)?.tag ?? '</s>'),
      `rw=${r.tag}|${w}`,
      `rs=${r.tag}|${s}`,
    ];
    if (i === 0) f.push('first', `first|${s}`);
    if (shouted) f.push('shouted', `shouted|${w}`);
    if (/^\p{Lu}/u.test(seen[i]!) && doc) {
      // capitalised here: is it written lower-case, or capitalised mid-sentence, elsewhere in the article?
      const lc = doc.lowerSeen.has(w);
      const cap = doc.capSeen.has(w);
      f.push(`dl=${lc}|${cap}`, `dl=${lc}|${cap}|${i === 0 || shouted}`);
      // context aggregation (Ratinov & Roth 2009): the neighbours of the same word elsewhere in the article
      const a = doc.around.get(w);
      if (a) {
        for (const b of a.before) if (b !== lower[i - 1]) f.push(`ca-1=${b}`);
        for (const n of a.after) if (n !== lower[i + 1]) f.push(`ca+1=${n}`);
      }
    }
    return f;
  };
}

/** Each token's words as running text would write them ("JAPAN" as "Japan" in a headline). */
export function seenWords(tokens: Token[]): string[] {
  const words = tokens.map((t) => t.text);
  return isShouted(tokens) ? words.map(titleCase) : words;
}

/** The word at `role` from token i, or EDGE past either end of the sentence. */
export const wordAt = (seen: string[], i: number, role: WordRole): string | typeof EDGE =>
  i + role >= 0 && i + role < seen.length ? seen[i + role]! : EDGE;

/** The features that do not depend on the tags already chosen, for every token of a sentence. */
export function staticFeatures(tokens: Token[], rules: RuleView[], doc?: DocContext): string[][] {
  const seen = seenWords(tokens);
  return contextFeatures(tokens, rules, doc).map((context, i) => [
    ...WORD_ROLES.flatMap((role) => wordFeatures(role, wordAt(seen, i, role))),
    ...context,
  ]);
}

/** What the tagger chose earlier in the document for the same word: its most frequent entity type. */
export type History = Map<string, Map<string, number>>;

export function historyOf(history: History, word: string): string {
  const counts = history.get(word.toLowerCase());
  if (!counts) return 'none';
  let best = 'none';
  let n = 0;
  for (const [type, c] of counts) if (c > n || (c === n && type < best)) [best, n] = [type, c];
  return best;
}

export function remember(history: History, word: string, tag: Tag): void {
  if (!/^\p{Lu}/u.test(word)) return;
  const key = word.toLowerCase();
  const counts = history.get(key) ?? new Map<string, number>();
  const type = tag === 'O' ? 'O' : tag.slice(2);
  counts.set(type, (counts.get(type) ?? 0) + 1);
  history.set(key, counts);
}

/**
 * The features that depend on the tags chosen before, in three groups by what they depend on (so a
 * beam can score each group once per token, per previous tag, or per tag pair): the document's
 * history of the word alone; the previous tag, with the word, its shape and the history; and the
 * previous two tags.
 */
export const historyFeature = (hist: string): string => `h=${hist}`;
export const previousTagFeatures = (word: string, shapeOf: string, prev: Tag, hist: string): string[] => [
  `t-1=${prev}`,
  `t-1w=${prev}|${word.toLowerCase()}`,
  `t-1s=${prev}|${shapeOf}`,
  `h=${hist}|${prev}`,
];
export const tagPairFeature = (prev2: Tag, prev: Tag): string => `t-2=${prev2}|${prev}`;

export function dynamicFeatures(word: string, shapeOf: string, prev: Tag, prev2: Tag, hist: string): string[] {
  const [t1, t1w, t1s, hPrev] = previousTagFeatures(word, shapeOf, prev, hist);
  return [t1!, tagPairFeature(prev2, prev), t1w!, t1s!, historyFeature(hist), hPrev!];
}
