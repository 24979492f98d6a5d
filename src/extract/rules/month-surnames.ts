/**
 * "British Prime Minister Theresa May told parliament": some surnames are months ("May", "June",
 * "April", "August"), and the tagger, which reads a month as no name, ends the person at the given
 * name. A person that ends in a given name, right before such a word with no day or year after it,
 * goes on to it.
 */
import { givenNames } from '../lexicon/names';
import { lowerBound } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);

export function monthSurnames(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Person') return span;
    const k = lowerBound(tokens, span.end, (t) => t.start);
    const last = tokens[k - 1];
    const month = tokens[k];
    if (!last || !month || !MONTH_SURNAMES.has(month.text) || month.start !== last.end + 1) return span;
    if (!givenNames().has(last.text.toLowerCase()) || /^\d/.test(tokens[k + 1]?.text ?? '')) return span;
    return { ...span, end: month.end };
  });
}
