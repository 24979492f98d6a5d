/**
 * A name whose genitive owns a kinship noun is a person's: only people have sisters, widows and
 * hometowns ("Higgins' sister, Mary Fisher", "near Nelson's hometown of Abbott"). The tagger reads
 * an unknown surname there as an organisation or place now and then. A country's "children" or
 * "family of nations" are figures of speech, so those nouns are left out. In "Princess Caroline of
 * Monaco's husband" the genitive is the whole phrase's, not the place's: a name after "of" is left
 * alone. CoNLL-2003 train: of the names before "'s" and such a noun, 7 are persons and the 2 places
 * are that phrase.
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const KIN = new Set([
  'wife',
  'husband',
  'widow',
  'widower',
  'son',
  'sons',
  'daughter',
  'daughters',
  'mother',
  'father',
  'parents',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'grandson',
  'granddaughter',
  'grandfather',
  'grandmother',
  'nephew',
  'niece',
  'uncle',
  'aunt',
  'cousin',
  'fiancee',
  'fiancée',
  'fiance',
  'fiancé',
  'girlfriend',
  'boyfriend',
  'stepson',
  'stepdaughter',
  'stepfather',
  'stepmother',
  'hometown',
]);

/** "'s", or the bare apostrophe of a plural or a name in s ("Higgins' sister"), maybe after a space */
const GENITIVE = /^\s?['’]s?\s+(\p{L}+)/u;
const AFTER_OF = /\bof\s+$/;

export function kinPossessors(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Organization' && span.type !== 'Place') return span;
    const noun = GENITIVE.exec(text.slice(span.end, span.end + 30))?.[1];
    if (!noun || !KIN.has(noun.toLowerCase())) return span;
    if (AFTER_OF.test(text.slice(Math.max(0, span.start - 4), span.start))) return span;
    return { ...span, type: 'Person' };
  });
}
