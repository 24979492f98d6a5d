/** Tests of one word the name rules ask: a date word, a shouted common word, an adjective before a head noun, a common or plural noun. */
import nlp from 'compromise';
import { commonWordTag } from '../lexicon/english';
import { givenNames } from '../lexicon/names';
import { COMMON_WORDS, ORG_HEADS, PLACE_HEADS, TIME_WORDS } from '../lexicon/words';
import type { Token } from '../types';
import { lower, DATE_CUES, FULL_TIME } from './cues';

/** Months and weekdays are dates, not names; "Jan" and "May" only next to a number or a date cue. */
export function isTimeWord(tokens: Token[], i: number): boolean {
  const w = lower(tokens[i]!.text);
  if (!TIME_WORDS.has(w)) return false;
  if (FULL_TIME.test(w)) return true;
  const next = tokens[i + 1]?.text ?? '';
  const prev = lower(tokens[i - 1]?.text ?? '');
  return /^\d/.test(next) || DATE_CUES.has(prev);
}

/** compromise's reading of a lone capitalised word: is it a common (non-name) word? */
export const commonCache = new Map<string, boolean>();

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

export const adjectiveCache = new Map<string, boolean>();

/** An adjective right before an organisation or place head word is part of the name ("Foreign Office"). */
export function namesWithHead(word: string, next: string): boolean {
  const w = lower(word);
  const head = lower(next);
  if (QUANTIFIERS.has(w) || !(ORG_HEADS.has(head) || PLACE_HEADS.has(head))) return false;
  let v = adjectiveCache.get(w);
  if (v === undefined) {
    v = nlp(w).has('#Adjective');
    adjectiveCache.set(w, v);
  }
  return v;
}

export function isCommonWord(word: string): boolean {
  const w = lower(word);
  if (COMMON_WORDS.has(w)) return true;
  let v = commonCache.get(w);
  if (v === undefined) {
    const doc = nlp(w);
    v =
      !doc.has('#ProperNoun') &&
      doc.has('(#Verb|#Adverb|#Preposition|#Determiner|#Conjunction|#Pronoun|#Adjective|#QuestionWord)');
    commonCache.set(w, v);
  }
  return v;
}

/** "Sports", "Airlines", "Motors": a plural common noun ends organisation names, not people's. */
export const pluralCache = new Map<string, boolean>();

export function isPluralNoun(word: string): boolean {
  const w = lower(word);
  let v = pluralCache.get(w);
  if (v === undefined) {
    v = w.endsWith('s') && nlp(w).has('#Plural') && !givenNames().has(w);
    pluralCache.set(w, v);
  }
  return v;
}
