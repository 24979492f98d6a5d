/**
 * Features of one token for the tagger: the word and its shape, its neighbours, word-list and
 * gazetteer membership, and what the rule-based recogniser said about it (stacking: the rules
 * propose, the tagger learns where annotators draw the boundaries).
 */
import { country, demonym, place } from '../lexicon/gazetteer';
import { givenNames } from '../lexicon/names';
import { ORG_HEADS, ORG_TAILS, PLACE_HEADS, TITLE_WORDS } from '../lexicon/words';
import type { Token } from '../types';
import type { Tag } from './tags';

/** What the rules said about a token: the BIO tag of the rule mention covering it and that rule's name. */
export interface RuleView {
  tag: Tag;
  rule: string;
  keyed: boolean;
}

/** Xxxx, XX, x.x., dd: the word's look, with runs collapsed. */
export function shape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/g, '$1$1');
}

// Word -> lexicon features: the same words recur across a corpus; bounded so a huge input cannot grow it forever.
const lexicalCache = new Map<string, string[]>();
const LEXICAL_CACHE_SIZE = 50_000;

function lexical(word: string): string[] {
  let out = lexicalCache.get(word);
  if (!out) {
    out = lexicalOf(word);
    if (lexicalCache.size >= LEXICAL_CACHE_SIZE) lexicalCache.clear();
    lexicalCache.set(word, out);
  }
  return out;
}

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
  return out;
}

/** The features that do not depend on the tags already chosen, for every token of a sentence. */
export function staticFeatures(tokens: Token[], rules: RuleView[]): string[][] {
  const words = tokens.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const lex = words.map(lexical);
  const at = <T>(xs: T[], i: number, none: T) => (i >= 0 && i < xs.length ? xs[i]! : none);
  return tokens.map((_, i) => {
    const w = lower[i]!;
    const r = rules[i]!;
    const f = [
      'b',
      `w=${w}`,
      `s=${shapes[i]}`,
      `p3=${w.slice(0, 3)}`,
      `x3=${w.slice(-3)}`,
      `w-1=${at(lower, i - 1, '<s>')}`,
      `w+1=${at(lower, i + 1, '</s>')}`,
      `w-2=${at(lower, i - 2, '<s>')}`,
      `w+2=${at(lower, i + 2, '</s>')}`,
      `s-1=${at(shapes, i - 1, '<s>')}`,
      `s+1=${at(shapes, i + 1, '</s>')}`,
      `w-1w=${at(lower, i - 1, '<s>')}|${w}`,
      `ww+1=${w}|${at(lower, i + 1, '</s>')}`,
      `r=${r.tag}`,
      `rr=${r.tag}|${r.rule}`,
      `rk=${r.tag}|${r.keyed}`,
      `r-1=${at(rules, i - 1, null)?.tag ?? '<s>'}`,
      `r+1=${at(rules, i + 1, null)?.tag ?? '</s>'}`,
      `rw=${r.tag}|${w}`,
      `rs=${r.tag}|${shapes[i]}`,
    ];
    if (i === 0) f.push('first');
    for (const l of lex[i]!) f.push(`l=${l}`);
    for (const l of at(lex, i - 1, [])) f.push(`l-1=${l}`);
    for (const l of at(lex, i + 1, [])) f.push(`l+1=${l}`);
    return f;
  });
}

/** The features that depend on the tags chosen for the previous two tokens. */
export function dynamicFeatures(staticF: string[], word: string, prev: Tag, prev2: Tag): string[] {
  return [...staticF, `t-1=${prev}`, `t-2=${prev2}|${prev}`, `t-1w=${prev}|${word.toLowerCase()}`];
}
