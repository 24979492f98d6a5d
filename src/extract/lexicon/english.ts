/**
 * compromise's English lexicon as one question: is this lower-case word a common English word
 * (not a name)? A capitalised word that is one is likely capitalised by position (sentence start,
 * an all-caps headline), not because it names something.
 */
import nlp from 'compromise';

// compromise types its model as a bare object
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
const NAME_TAG = /ProperNoun|Place|City|Country|Region|Person|Name|Organization/; // Name: FirstName, LastName too

/** The word's part of speech in compromise's lexicon when it is a common (non-name) word, else null. */
export function commonWordTag(lowerWord: string): string | null {
  const tag = Object.prototype.hasOwnProperty.call(LEXICON, lowerWord) ? LEXICON[lowerWord] : undefined;
  if (tag === undefined) return null;
  const s = String(tag);
  return NAME_TAG.test(s) ? null : s.split(',')[0]!;
}
