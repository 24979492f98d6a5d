/**
 * A name described after its comma by an age or a position is a person's: "Tucker, 15, Benjamin,
 * 12, and Corinne, 10", "Lazutkin, former first deputy general director of Ostankino". The tagger
 * reads an unknown surname there as a place now and then. In CoNLL-2003 train and dev:
 * - of the names before ", <one or two digits>," 72 are persons (four of them names the gazetteer
 *   knows: "Chelsea, 16, was at ...") and one a place;
 * - of the names the gazetteer does not know before ", [lower-case words] <title> of|for|at|in|with|to",
 *   89 are persons, one a place ("in Grozny, the commander of ...": after a word that locates, which
 *   no person follows) and one MISC.
 * An organisation keeps its type by a position ("Acme, the market leader in chips").
 */
import { TITLES } from '../lexicon/words';
import { country, place } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/** a title's head: the last word of a title ("director", "minister", "spokesman") */
const TITLE_HEADS = new Set(TITLES.map((t) => t.split(' ').pop()!).filter((w) => w !== 'state'));
/** a comma, up to four lower-case words that are no relative or possessive word, a head, and what follows a title */
const TITLE =
  /^,\s+(?:(?!(?:whose|which|who|where|that|its|their)\s)\p{Ll}[\p{Ll}-]*\s+){0,4}?(\p{Ll}+)(?=\s+(?:of|for|at|in|with|to)\b|,|\.)/u;
/** an age between commas, or before the dash that ends a list of children ("Corinne, 10 _ live") */
const AGE = /^,\s+\d{1,2}(?:,|\s+[_—–-]\s)/;
/** words that locate what follows them: no person's name comes after them */
const LOCATING = /(?:^|\s)(?:in|at|near|into|inside|outside|across|throughout|towards?)\s+$/i;

export function appositionPersons(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type === 'Person' || span.type === 'Misc') return span;
    const after = text.slice(span.end, span.end + 100);
    if (AGE.test(after)) return { ...span, type: 'Person' };
    if (span.type !== 'Place' || LOCATING.test(text.slice(Math.max(0, span.start - 12), span.start))) return span;
    const name = text.slice(span.start, span.end);
    const head = TITLE.exec(after)?.[1];
    return head && TITLE_HEADS.has(head) && !place(name) && !country(name) ? { ...span, type: 'Person' } : span;
  });
}
