/**
 * "George and Amal Clooney", "David and Victoria Beckham", "Bill and Hillary Clinton": a given name
 * alone, then "and" and a person who opens with a given name, is a person sharing that surname. The
 * tagger reads the lone word as an organisation or passes it over; it is a person, named by the
 * given name and the surname after it.
 */
import { givenNames } from '../lexicon/names';
import { lowerBound, within } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

export function sharedSurnames(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  let out = spans;
  for (const person of spans) {
    if (person.type !== 'Person') continue;
    const words = within(tokens, person.start, person.end);
    if (words.length < 2 || !givenNames().has(words[0]!.text.toLowerCase())) continue;
    const k = lowerBound(tokens, person.start, (t) => t.start);
    const and = tokens[k - 1];
    const given = tokens[k - 2];
    if (and?.text !== 'and' || !given || !/^\p{Lu}\p{Ll}+$/u.test(given.text)) continue;
    if (!givenNames().has(given.text.toLowerCase())) continue;
    // the word before the given name is no part of another name ("Tony Blair and Gordon Brown"), nor
    // a preposition whose object it is ("Charpentier of France and Jennifer Doudna")
    const before = tokens[k - 3];
    if (before && /^\p{Lu}/u.test(before.text) && before.end + 1 === given.start) continue;
    if (before && /^(?:of|from|in|for|to|at|against|with)$/.test(before.text)) continue;
    const lone = { start: given.start, end: given.end, type: 'Person' as const };
    if (out.some((s) => s.start < lone.end && lone.start < s.end && !(s.start === lone.start && s.end === lone.end)))
      continue;
    out = [...out.filter((s) => !(s.start === lone.start && s.end === lone.end)), lone].sort(
      (a, b) => a.start - b.start,
    );
  }
  return out;
}
