/**
 * Korean and Taiwanese names are written surname first, then a given name of two syllables joined by
 * a hyphen, the second in lower case: "Lai Ching-te", "Ko Wen-je", "Kim Jong-un". A capitalised word
 * that is no English word, before such a given name, is a person's name with it, whatever the
 * tagger read there (it passed over "Lai Ching-te" and took "Lai" alone for an organisation).
 * Neither syllable may be an English word either, so "New Year-end" and "Mid-term" stay as they are.
 */
import { commonWordTag } from '../lexicon/english';
import { overlaps } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const SURNAME = /^\p{Lu}\p{Ll}{1,4}$/u;
const GIVEN = /^(\p{Lu}\p{Ll}{1,5})-(\p{Ll}{1,5})$/u;
const english = (w: string) => Boolean(commonWordTag(w.toLowerCase()));

export function hyphenatedGivenNames(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  let out = spans;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const surname = tokens[i]!;
    const given = tokens[i + 1]!;
    const g = GIVEN.exec(given.text);
    if (!g || !SURNAME.test(surname.text) || given.start !== surname.end + 1) continue;
    if (english(surname.text) || english(g[1]!) || english(g[2]!)) continue;
    const name = { start: surname.start, end: given.end };
    // a longer name that holds both (a title, a possessive) stays as the tagger read it
    if (out.some((s) => s.type === 'Person' && s.start <= name.start && s.end >= name.end)) continue;
    if (out.some((s) => overlaps(s, name) && (s.start < name.start || s.end > name.end))) continue;
    out = [...out.filter((s) => !overlaps(s, name)), { ...name, type: 'Person' as const }].sort(
      (a, b) => a.start - b.start,
    );
  }
  return out;
}
