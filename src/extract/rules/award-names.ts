/**
 * A name before "Award(s)" or "Prize" names the award ("the Grammy Awards", "the Pulitzer Prize"), and
 * a one-word name before "nominations" too ("Kendrick Lamar leads Grammy nominations"; the "Reform
 * Party nomination" and a "Supreme Court nominee" are the party's and the court's): CoNLL-2003's MISC,
 * not the organisation that gives it, nor a person or a place. Where "Award" opens a longer name
 * ("Awards Committee"), the name goes on and this does not apply.
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const AWARD_AFTER = /^\s+(?:Awards?|Prizes?)(?!\s+\p{Lu})/u;
/** a one-word name's nominations are its award's ("Grammy nominations"); a party's or court's are not */
const NOMINATIONS_AFTER = /^\s+nomin(?:ations?|ees?)\b/;

export function awardNames(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type === 'Misc') return span;
    const after = text.slice(span.end, span.end + 30);
    const oneWord = !/\s/.test(text.slice(span.start, span.end));
    return AWARD_AFTER.test(after) || (oneWord && NOMINATIONS_AFTER.test(after)) ? { ...span, type: 'Misc' } : span;
  });
}
