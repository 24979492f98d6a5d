/**
 * "Vice President Gerald R. Ford ... Ford, a former congressman from Michigan, said": a surname the
 * article gave a person is that person where the tagger read a product or an event (MISC: the car
 * maker's "Ford"), unless the word is a people's ("German", "Christian").
 */
import { demonym, PEOPLES } from '../lexicon/gazetteer';
import type { Mention } from '../types';
import { REFERRING } from './references';
import { retyped } from './retyped';

export function surnamesAgain(mentions: Mention[]): Mention[] {
  const surnames = new Set(
    mentions
      .filter((m) => m.type === 'Person' && !REFERRING.has(m.rule) && /\s/.test(m.text))
      .map((m) => m.text.split(/\s+/).pop()!),
  );
  if (!surnames.size) return mentions;
  return mentions.map((m) =>
    m.type === 'Misc' && surnames.has(m.text) && !demonym(m.text) && !PEOPLES.has(m.text)
      ? retyped(m, 'Person', 'surname')
      : m,
  );
}
