/**
 * "Emmanuelle Charpentier of France and Jennifer Doudna of the United States": a country's name alone
 * after "of", "from" or "in" is the country, though it is a given name too ("France", "Jordan") and
 * the tagger read a person. A name of more words ("Jordan Henderson") or with no preposition before
 * it ("Jordan scored") is left as the tagger read it.
 */
import { country } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';

const PREPOSITION_BEFORE = /\b(?:of|from|in|for|against)\s+$/;

export function countryObjects(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) => {
    const name = text.slice(span.start, span.end);
    return span.type === 'Person' &&
      !/\s/.test(name) &&
      country(name) &&
      PREPOSITION_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start))
      ? { ...span, type: 'Place' }
      : span;
  });
}
