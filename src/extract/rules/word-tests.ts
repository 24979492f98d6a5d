/** Tests of one word the name rules ask: a date word, a shouted common word, an adjective before a head noun, a common or plural noun. */
import nlp from 'compromise';
import { boundedMemo } from '../../util';
import { commonWordTag } from '../lexicon/english';
import { givenNames } from '../lexicon/names';
import { COMMON_WORDS, ORG_HEADS, PLACE_HEADS, THING_ACRONYMS, TIME_WORDS } from '../lexicon/words';
import type { Token } from '../types';
import { lower, DATE_CUES, FULL_TIME } from './cues';

/** An acronym of a thing ("VBIED", "UAVs", "GDP"): no person, organisation or place, whatever its capitals. */
export function isThingAcronym(word: string): boolean {
  const w = lower(word);
  return THING_ACRONYMS.has(w) || (w.endsWith('s') && THING_ACRONYMS.has(w.slice(0, -1)));
}

/** A token that joins the names of a list: a comma, "and", "or". */
export const isCoordination = (word: string) => word === ',' || word === 'and' || word === 'or';

/** Months and weekdays are dates, not names; "Jan" and "May" only next to a number or a date cue. */
export function isTimeWord(tokens: Token[], i: number): boolean {
  const w = lower(tokens[i]!.text);
  if (!TIME_WORDS.has(w)) return false;
  if (FULL_TIME.test(w)) return true;
  const next = tokens[i + 1]?.text ?? '';
  const prev = lower(tokens[i - 1]?.text ?? '');
  return /^\d/.test(next) || DATE_CUES.has(prev);
}

/**
 * "FINALLY", "URGENT": an English word in capitals, not an acronym. Only words compromise knows (or
 * "-ly" adverbs) count: its guesses from endings would take "NAVCENT" for an adjective like "recent".
 */
export function isShoutedWord(word: string): boolean {
  if (word.length < 5) return false; // "WHO", "US", "NATO" stay acronyms
  return /LY$/.test(word) || commonWordTag(lower(word)) !== null;
}

export const QUANTIFIERS = new Set([
  'many',
  'several',
  'some',
  'most',
  'other',
  'few',
  'more',
  'all',
  'both',
  'such',
  'each',
]);

/**
 * compromise's readings of lone words, remembered per word: bounded, so a server reading a long
 * stream of news (hundreds of thousands of distinct words) does not hold them all.
 */
const isAdjective = boundedMemo((w: string) => nlp(w).has('#Adjective'));
/** compromise's reading of a lone capitalised word: is it a common (non-name) word? */
const commonByCompromise = boundedMemo((w: string) => {
  const doc = nlp(w);
  return (
    !doc.has('#ProperNoun') &&
    doc.has('(#Verb|#Adverb|#Preposition|#Determiner|#Conjunction|#Pronoun|#Adjective|#QuestionWord)')
  );
});
const pluralByCompromise = boundedMemo((w: string) => w.endsWith('s') && nlp(w).has('#Plural'));

/** An adjective right before an organisation or place head word is part of the name ("Foreign Office"). */
export function namesWithHead(word: string, next: string): boolean {
  const w = lower(word);
  const head = lower(next);
  if (QUANTIFIERS.has(w) || !(ORG_HEADS.has(head) || PLACE_HEADS.has(head))) return false;
  return isAdjective(w);
}

export function isCommonWord(word: string): boolean {
  const w = lower(word);
  return COMMON_WORDS.has(w) || commonByCompromise(w);
}

/** "Sports", "Airlines", "Motors": a plural common noun ends organisation names, not people's. */
export function isPluralNoun(word: string): boolean {
  const w = lower(word);
  return pluralByCompromise(w) && !givenNames().has(w);
}
