/** Capitalised runs of a sentence, split at titles and known names: the candidates the rules classify. */
import { country, demonym, place } from '../lexicon/gazetteer';
import { givenNames } from '../lexicon/names';
import { ORG_HEADS, ORG_OPENERS, PLACE_HEADS, TITLE_WORDS } from '../lexicon/words';
import { groupBy } from '../sorted';
import type { Token } from '../types';
import { ORG_ALIAS, TITLE_SEQS, ACRONYM, NAME_PARTICLE, CONNECTORS, isCap, lower } from './cues';
import { isTimeWord, namesWithHead, isCommonWord } from './word-tests';

export interface Piece {
  tokens: Token[];
  /** token index in the sentence */
  from: number;
  to: number; // exclusive
  /** a title preceded it: it is a person */
  titled: boolean;
  /** token index where a capitalised title before the name starts ("Col. John Dorrian") */
  titleFrom?: number;
  /** the run is a title and nothing else ("The Foreign Secretary said"): a reference to a person */
  titleOnly?: boolean;
}

/**
 * Word sequences by their first word, each list in the order of the whole (longest first): a token
 * is compared with the few sequences it can open, not all of them, and the first match is the same.
 */
const byFirstWord = (seqs: string[][]) => groupBy(seqs, (seq) => seq[0]!);
const TITLES_BY_FIRST = byFirstWord(TITLE_SEQS);

export function matchTitle(tokens: Token[], i: number, end: number): number {
  if (i >= end) return 0;
  for (const seq of TITLES_BY_FIRST.get(lower(tokens[i]!.text)) ?? []) {
    if (i + seq.length > end) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = lower(tokens[i + k]!.text) === seq[k];
    if (ok) return seq.length;
  }
  return 0;
}

/** Multiword names from the alias table, matched token by token ("Islamic State of Iraq and the Levant"). */
export const ALIAS_PHRASES = [...ORG_ALIAS.keys()]
  .filter((a) => a.includes(' '))
  .map((a) => a.split(' '))
  .sort((a, b) => b.length - a.length);

const ALIASES_BY_FIRST = byFirstWord(ALIAS_PHRASES);

export function matchAlias(tokens: Token[], i: number): number {
  if (i >= tokens.length) return 0;
  for (const seq of ALIASES_BY_FIRST.get(tokens[i]!.text) ?? []) {
    if (i + seq.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = tokens[i + k]!.text === seq[k];
    if (ok) return seq.length;
  }
  return 0;
}

/** The end of a capitalised run starting at i (names joined by "of", "for", particles). */
export function runEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  for (;;) {
    const nt = tokens[j]?.text;
    if (nt === undefined) break;
    if (isCap(nt) && !isTimeWord(tokens, j)) {
      j++;
      continue;
    }
    if ((CONNECTORS.has(nt) || NAME_PARTICLE.test(nt)) && j + 1 < tokens.length) {
      let k = j;
      while (k < tokens.length && (CONNECTORS.has(tokens[k]!.text) || NAME_PARTICLE.test(tokens[k]!.text))) k++;
      const after = tokens[k]?.text;
      const head = lower(tokens[j - 1]!.text);
      const joinable =
        after !== undefined &&
        isCap(after) &&
        !isTimeWord(tokens, k) &&
        (NAME_PARTICLE.test(nt) ||
          (nt === 'of' &&
            (ORG_HEADS.has(head) || ORG_OPENERS.has(head) || PLACE_HEADS.has(head) || TITLE_WORDS.has(head))) ||
          (nt === 'for' && (ORG_OPENERS.has(lower(tokens[i]!.text)) || ORG_HEADS.has(head) || TITLE_WORDS.has(head))) ||
          (nt === '&' && k === j + 1) ||
          (nt === 'and' && k === j + 1 && ORG_HEADS.has(lower(tokens[runEnd(tokens, k) - 1]?.text ?? ''))));
      if (joinable && k - j <= 2) {
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Splits "Middle East Tobias Ellwood" into a known place or organisation and the person after it. */
export function splitKnownPrefix(tokens: Token[], from: number, to: number): number {
  if (to - from < 3) return -1;
  for (let k = to - 2; k > from; k--) {
    const prefix = tokens
      .slice(from, k)
      .map((t) => t.text)
      .join(' ');
    if ((country(prefix) || place(prefix) || ORG_ALIAS.has(prefix)) && givenNames().has(lower(tokens[k]!.text)))
      return k;
  }
  return -1;
}

/** Capitalised runs, split at titles ("NATO | Secretary General | Jens Stoltenberg"). */
export function pieces(tokens: Token[], docLower: Set<string>): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!.text;
    const alias = matchAlias(tokens, i);
    if (alias) {
      out.push({ tokens: tokens.slice(i, i + alias), from: i, to: i + alias, titled: false });
      i += alias;
      continue;
    }
    const ordinal = /^\d+(st|nd|rd|th)$/.test(t) && tokens[i + 1] !== undefined && isCap(tokens[i + 1]!.text);
    if ((!isCap(t) && !ordinal) || isTimeWord(tokens, i)) {
      i++;
      continue;
    }
    let j = runEnd(tokens, i);
    // "CTF 50", "Resolution 2254": a number right after an acronym or a named thing belongs to it
    if (j < tokens.length && /^\d+$/.test(tokens[j]!.text) && ACRONYM.test(tokens[j - 1]!.text)) j++;
    // drop a sentence-initial common word ("The", "Later", "Bolstered")
    let s = i;
    while (s < j && (s === 0 || /^["“‘(]$/.test(tokens[s - 1]!.text)) && s - (tokens[s - 1] ? 1 : 0) <= 1) {
      const w = tokens[s]!.text;
      // "Foreign Secretary Philip Hammond said": a title opening the sentence is kept
      if (matchTitle(tokens, s, j) > 0) break;
      // "Foreign Office Minister ...", "Royal Navy ships": an adjective naming an organisation or place with its head
      if (s + 1 < j && namesWithHead(w, tokens[s + 1]!.text)) break;
      if (isCommonWord(w) || (docLower.has(lower(w)) && !country(w) && !demonym(w))) s++;
      else break;
    }
    while (s < j && lower(tokens[s]!.text) === 'the') s++;
    // split at titles inside the run
    let start = s;
    let titled = s > 0 && TITLE_WORDS.has(lower(tokens[s - 1]!.text)) && !isCap(tokens[s - 1]!.text);
    let titleFrom: number | undefined;
    let k = s;
    while (k < j) {
      const n = matchTitle(tokens, k, j);
      const lastOfRun = lower(tokens[j - 1]!.text);
      if (
        n > 0 &&
        k + n < j &&
        !ORG_HEADS.has(lower(tokens[k + n - 1]!.text)) &&
        !ORG_HEADS.has(lastOfRun) &&
        !PLACE_HEADS.has(lastOfRun)
      ) {
        if (k > start) out.push({ tokens: tokens.slice(start, k), from: start, to: k, titled });
        titleFrom = k;
        k += n;
        start = k;
        titled = true;
        continue;
      }
      k++;
    }
    // a title at the very end of a run is not a name ("U.S. Defense Secretary" said ...)
    let end = j;
    if (end > start) {
      let n = 0;
      for (let p = start; p < end; p++)
        if (matchTitle(tokens, p, end) === end - p) {
          n = end - p;
          break;
        }
      if (n > 0 && n < end - start) end -= n;
      else if (n === end - start && n > 0) {
        out.push({ tokens: tokens.slice(start, end), from: start, to: end, titled: false, titleOnly: true });
        end = start;
      }
    }
    if (end > start) {
      const cut = titled ? -1 : splitKnownPrefix(tokens, start, end);
      if (cut > 0) {
        out.push({ tokens: tokens.slice(start, cut), from: start, to: cut, titled: false });
        start = cut;
      }
      out.push({
        tokens: tokens.slice(start, end),
        from: start,
        to: end,
        titled,
        ...(titleFrom === undefined ? {} : { titleFrom }),
      });
    }
    i = j;
  }
  return out;
}
