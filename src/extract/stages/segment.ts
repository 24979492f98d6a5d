import { commonWordTag } from '../lexicon/english';
import { country } from '../lexicon/gazetteer';
import type { DocState, Range, Sentence, Section, Token } from '../types';

/** US states as news agencies abbreviate them ("Gary, Ind."): the period is always the word's. */
const STATES = new Set(
  'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'.split(
    ' ',
  ),
);
// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  ...'mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep st sr jr no vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig u.s u.k u.n e.g i.e mt ft rev'.split(
    ' ',
  ),
  ...STATES,
]);

const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])|[.!?…]+["”’)\]]*$/gu;

/** Splits one paragraph range into sentence ranges (trimmed, offsets into the full text). */
export function splitSentences(text: string, range: Range): Range[] {
  const out: Range[] = [];
  const para = text.slice(range.start, range.end);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(para); m; m = BOUNDARY.exec(para)) {
    const end = m.index + m[0].length;
    const before = para.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "(P. Simmons"; not the social network of 2023 on ("posted on X. Microsoft said ...", "social
    // media platform X. Opposition leader ...")
    const isInitial = /(^|[\s("'“‘])\p{Lu}$/u.test(before) && !/\b(?:on|platform|network|site) X$/.test(before);
    if (m[0].startsWith('.') && m[0].length === 1 && (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || isInitial))
      continue;
    push(out, range.start, para, start, end);
    start = end;
  }
  push(out, range.start, para, start, para.length);
  return out;
}

function push(out: Range[], base: number, para: string, s: number, e: number): void {
  while (s < e && /\s/.test(para[s]!)) s++;
  while (e > s && /\s/.test(para[e - 1]!)) e--;
  if (e > s) out.push({ start: base + s, end: base + e });
}

/** Lines are paragraphs: a sentence never crosses a newline. */
function paragraphs(text: string, range: Range): Range[] {
  const out: Range[] = [];
  let s = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end || text[i] === '\n') {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

/**
 * After an apostrophe inside a capitalised word, lower-case letters that are no English clitic
 * ('s, n't, 're, 've, 'll, 'd, 'm) go on the same word: transliterations write a glottal stop so
 * ("Sana'a", "Shi'ite", "Da'esh", "Qur'an").
 */
const INNER_APOSTROPHE = String.raw`(?<=(?:^|[^\p{L}])\p{Lu}\p{L}*)['’](?!(?:s|t|re|ve|ll|d|m)\b)\p{Ll}+`;
const TOKEN = new RegExp(
  String.raw`(?:\p{Lu}\.){2,}|\p{L}+(?:['’](?!S\b)\p{Lu}\p{L}*|${INNER_APOSTROPHE})?(?:[-–](?:\p{L}|\p{N})+)*\.?(?<=\p{L}|\.)|\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?|['’][sS]\b|\S`,
  'gu',
);

/**
 * Word tokens with offsets; a trailing period stays only on abbreviations like "Gen." or "Jan.". The
 * possessive clitic is a token of its own in capitals too ("PANAMA'S" is "PANAMA" + "'S"), while
 * "O'Brien" and "Sana'a" stay one word.
 */
export function tokenize(text: string, range: Range): Token[] {
  const out: Token[] = [];
  const slice = text.slice(range.start, range.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    if (
      t.length > 1 &&
      t.endsWith('.') &&
      !/^(?:\p{Lu}\.)+$/u.test(t) &&
      !ABBREVIATIONS.has(t.slice(0, -1).toLowerCase())
    ) {
      t = t.slice(0, -1);
      TOKEN.lastIndex = m.index + t.length;
    }
    if (!t) continue;
    splitCompound(t, range.start + m.index, out);
  }
  // an abbreviation that ends the sentence lends its period to the sentence ("... Lear Corp."): the
  // full stop is a token of its own, and the name is "Lear Corp", as Reuters writes it mid-sentence.
  // An initialism or a state keeps it: no one writes "D.C" or "Ind" ("in Washington, D.C.").
  const last = out[out.length - 1];
  if (
    last &&
    last.text.length > 2 &&
    last.text.endsWith('.') &&
    !/^(?:\p{Lu}\.){2,}$/u.test(last.text) &&
    !STATES.has(last.text.slice(0, -1).toLowerCase()) &&
    /^[\s"'”’)]*$/.test(text.slice(last.end, range.end))
  ) {
    out[out.length - 1] = { text: last.text.slice(0, -1), start: last.start, end: last.end - 1 };
    out.push({ text: '.', start: last.end - 1, end: last.end });
  }
  return out;
}

const KNOWN_PART = (p: string) => country(p) !== undefined;

/**
 * "Young-hoon", "Jae-in", "Chun-yeh": a romanised two-syllable given name (Korean, Chinese) is one
 * word, though it joins a capitalised part to a lower-case one as "Kremlin-led" does. Its second
 * syllable is short and no English word (or too short to be one that would follow a name).
 */
const givenNameSyllables = (words: string[]) =>
  words.length === 2 &&
  /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
  /^\p{Ll}{1,4}$/u.test(words[1]!) &&
  (words[1]!.length <= 2 || commonWordTag(words[1]!) === null);

/** "ISIL-held", "counter-ISIL", "UK-France": the names inside hyphenated words become tokens of their own. */
function splitCompound(t: string, start: number, out: Token[]): void {
  const parts = t.split(/([-–])/);
  const words = parts.filter((_, i) => i % 2 === 0);
  const split =
    words.length > 1 &&
    !givenNameSyllables(words) &&
    words.every(Boolean) &&
    ((words.some((w) => /^\p{Ll}/u.test(w)) &&
      words.some((w) => /^\p{Lu}/u.test(w)) &&
      !/^(al|el|bin|ibn)$/.test(words[0]!)) ||
      words.every(KNOWN_PART));
  if (!split) {
    out.push({ text: t, start, end: start + t.length });
    return;
  }
  let at = start;
  for (const p of parts) {
    if (p) out.push({ text: p, start: at, end: at + p.length });
    at += p.length;
  }
}

/** Stage 2: sentences (body then comments) with offsets, and their tokens. */
export function segment(state: DocState): DocState {
  const sentences: Sentence[] = [];
  const add = (range: Range, section: Section, comment?: number) => {
    for (const p of paragraphs(state.text, range))
      for (const s of splitSentences(state.text, p))
        sentences.push({ index: sentences.length, ...s, section, ...(comment === undefined ? {} : { comment }) });
  };
  for (const r of state.body) add(r, 'body');
  for (const c of state.comments) add(c, 'comment', c.index);
  return { ...state, sentences, tokens: sentences.map((s) => tokenize(state.text, s)) };
}
