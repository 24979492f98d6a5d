/**
 * Features of a candidate pair (Zhou et al. 2005, "Exploring various knowledge in relation
 * extraction", the classic feature-based recipe): the argument types and their order, the words
 * between (first, last, bag, bigrams, a skeleton of their function words) and around the pair,
 * how far apart they are, the mentions between, the head words of the arguments, title, killing
 * and residence cues, countries, and the rules' relations for the same pair. Each feature also
 * comes conjoined with the argument types, so one weight table serves every type pair.
 */
import { TITLE_WORDS } from '../lexicon/words';
import { KILL_WORDS } from '../rules/killing-words';
import type { Token } from '../types';
import type { PairCandidate } from './candidates';

/** Words that say where someone lives or comes from. */
const HOME_WORDS = new Set('native resident residents lives lived living home born citizen hometown'.split(' '));

/** Words that carry the syntax between two names. */
const FUNCTION = new Set("of in at for by from with to on 's ’s the a an and who which is was , said says".split(' '));

const lower = (s: string) => s.toLowerCase();
const bucket = (n: number) => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : n <= 12 ? '9-12' : '13+');

/** A word's coarse class: punctuation stays itself, numbers and capitalised words are classes. */
function shape(w: string): string {
  if (/^\p{Lu}/u.test(w)) return 'Cap';
  if (/^\p{N}/u.test(w)) return 'Num';
  return lower(w);
}

// a sentence's words in lower case, made once for all its pairs (the token arrays are the state's)
const loweredCache = new WeakMap<Token[], string[]>();
function lowered(tokens: Token[]): string[] {
  let out = loweredCache.get(tokens);
  if (!out) loweredCache.set(tokens, (out = tokens.map((t) => lower(t.text))));
  return out;
}

export interface PairContext {
  /** the rules' relation types between the pair's entities, keyed `${source}|${target}` */
  ruleTypes: Map<string, string[]>;
  /** the ids of countries (places with an ISO code) */
  countries: Set<string>;
}

/**
 * A pair's features in two parts: its argument types ("Person>Organization") and the features that
 * pairFeatures also gives conjoined with them, so a classifier may look each up once per part.
 */
export function pairFeatureParts(c: PairCandidate, ctx: PairContext): { types: string; plain: string[] } {
  const { tokens, a, b } = c;
  const sentence = lowered(tokens);
  const words = (from: number, to: number) => sentence.slice(Math.max(0, from), Math.max(0, to));
  const between = words(a.to, b.from);
  const aWords = words(a.from, a.to);
  const bWords = words(b.from, b.to);
  const out: string[] = [
    `n=${bucket(between.length)}`,
    `ah=${aWords[aWords.length - 1]}`,
    `bh=${bWords[bWords.length - 1]}`,
    `a-1=${words(a.from - 1, a.from)[0] ?? '<s>'}`,
    `a-2=${words(a.from - 2, a.from - 1)[0] ?? '<s>'}`,
    `b+1=${words(b.to, b.to + 1)[0] ?? '</s>'}`,
    `b+2=${words(b.to + 1, b.to + 2)[0] ?? '</s>'}`,
  ];
  if (between.length === 0) out.push('adjacent');
  else {
    out.push(`b1=${between[0]}`, `bL=${between[between.length - 1]}`);
    if (between.length === 1) out.push(`only=${between[0]}`);
    for (const w of new Set(between)) out.push(`bw=${w}`);
    for (let i = 0; i + 1 < between.length; i++) out.push(`bb=${between[i]}_${between[i + 1]}`);
    const shapes = tokens.slice(a.to, b.from).map((t) => shape(t.text));
    if (shapes.length <= 4) out.push(`shapes=${shapes.join('_')}`);
    if (between.length >= 2)
      out.push(`b12=${between[0]}_${between[1]}`, `bL2=${between[between.length - 2]}_${between[between.length - 1]}`);
    // the words between as syntax: function words and punctuation kept, others as capitalised or not
    const skeleton: string[] = [];
    for (const t of tokens.slice(a.to, b.from)) {
      const w = lower(t.text);
      const s = FUNCTION.has(w) || /^\p{P}+$/u.test(w) ? w : /^\p{Lu}/u.test(t.text) ? 'C' : 'w';
      if (skeleton[skeleton.length - 1] !== s) skeleton.push(s);
    }
    if (skeleton.length <= 7) out.push(`skel=${skeleton.join('_')}`);
  }
  const inside = c.args.filter((x) => x.from >= a.to && x.to <= b.from);
  out.push(`mb=${bucket(inside.length)}`);
  for (const x of inside) out.push(`mbt=${x.type}`);
  const cue = (set: Set<string>, ws: string[]) => ws.some((w) => set.has(w));
  if (cue(TITLE_WORDS, between)) out.push('title-between');
  if (cue(TITLE_WORDS, words(a.from - 3, a.from)) || cue(TITLE_WORDS, aWords)) out.push('title-a');
  if (cue(TITLE_WORDS, words(b.from - 3, b.from)) || cue(TITLE_WORDS, bWords)) out.push('title-b');
  if (cue(KILL_WORDS, between)) out.push('kill-between');
  else if (cue(KILL_WORDS, sentence)) out.push('kill-sentence');
  if (cue(HOME_WORDS, between) || cue(HOME_WORDS, words(b.from - 2, b.from))) out.push('home');
  if (ctx.countries.has(a.entity)) out.push('a-country');
  if (ctx.countries.has(b.entity)) out.push('b-country');
  for (const t of ctx.ruleTypes.get(`${a.entity}|${b.entity}`) ?? []) out.push(`rule=${t}>`);
  for (const t of ctx.ruleTypes.get(`${b.entity}|${a.entity}`) ?? []) out.push(`rule=${t}<`);
  return { types: `${a.type}>${b.type}`, plain: out };
}

export function pairFeatures(c: PairCandidate, ctx: PairContext): string[] {
  const { types, plain } = pairFeatureParts(c, ctx);
  return ['bias', `t=${types}`, ...plain, ...plain.map((f) => `${types}|${f}`)];
}

/** The context of a document's pairs: its rule relations and its countries. */
export function pairContext(
  relations: { type: string; source: string; target: string }[],
  entities: { id: string; isoCode?: string }[],
): PairContext {
  const ruleTypes = new Map<string, string[]>();
  for (const r of relations) {
    const key = `${r.source}|${r.target}`;
    ruleTypes.set(key, [...(ruleTypes.get(key) ?? []), r.type]);
  }
  return { ruleTypes, countries: new Set(entities.filter((e) => e.isoCode).map((e) => e.id)) };
}
