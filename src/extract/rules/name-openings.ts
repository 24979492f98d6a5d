/**
 * A one-word name that opens a longer name of the article is that longer name's bearer, where the
 * tagger gave the two different types:
 * - a person's "name" that opens one organisation's name and no person's is that organisation
 *   ("Shares of Sage fell" after "Sage Therapeutics"; "Henry Ford" in the article keeps "Ford" apart);
 * - a word that is a company's web address without its ".com" is that company ("Amazon" beside
 *   "Amazon.com Inc", not the river);
 * - an organisation's or place's that is the surname of a name written surname first, which a
 *   hyphenated given name shows ("Lai" after "Lai Ching-te", rules/hyphenated-given-names.ts), is that person.
 */
import type { Mention } from '../types';
import { isReferring } from './references';
import { retyped } from './retyped';

const SURNAME_FIRST = /^(\p{Lu}\p{Ll}{1,4}) \p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;
const oneWord = (m: Mention) => !/\s/.test(m.text) && !isReferring(m);

export function nameOpenings(mentions: Mention[]): Mention[] {
  // the organisations' names by their first word, when they have more than one
  const opening = new Map<string, Set<string>>();
  for (const m of mentions)
    if (m.type === 'Organization' && /\s/.test(m.text)) {
      const first = m.text.split(/\s+/)[0]!;
      opening.set(first, (opening.get(first) ?? new Set()).add(m.text));
    }
  // a company named by its web address goes by the name before it ("Amazon" of "Amazon.com Inc"),
  // whatever else the word names (the river, the region)
  const domains = new Map<string, string>();
  for (const m of mentions)
    if (m.type === 'Organization') {
      const stem = /^(\p{Lu}[\p{L}\p{N}]*)\.com\b/u.exec(m.text)?.[1];
      if (stem) domains.set(stem, m.text);
    }
  const people = new Set(mentions.filter((m) => m.type === 'Person' && /\s/.test(m.text)).map((m) => m.text));
  const surnameFirst = new Set([...people].flatMap((p) => SURNAME_FIRST.exec(p)?.[1] ?? []));
  const peoplesWords = new Set([...people].flatMap((p) => p.split(/\s+/)));
  const retype = (m: Mention, type: Mention['type']) => retyped(m, type, 'opening');
  return mentions.map((m) => {
    if (!oneWord(m)) return m;
    const site = domains.get(m.text);
    if (site && m.type !== 'Organization') return { ...retype(m, 'Organization'), name: site };
    if (m.type === 'Person') {
      const opened = opening.get(m.text);
      // named as the organisation it opens, so resolution joins the two even where the word is also an
      // English word ("sage"), which its join of first words refuses
      return opened?.size === 1 && !peoplesWords.has(m.text)
        ? { ...retype(m, 'Organization'), name: [...opened][0]! }
        : m;
    }
    if ((m.type === 'Organization' || m.type === 'Place') && surnameFirst.has(m.text)) return retype(m, 'Person');
    return m;
  });
}
