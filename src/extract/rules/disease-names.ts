/**
 * A name before "virus", "fever" or "vaccine" names the disease or the product ("Ebola virus", "Lassa
 * fever", "Ervebo vaccine"), and so does one before "outbreak" or "epidemic" where the place of the
 * outbreak follows ("an Ebola outbreak in Kasai"): CoNLL-2003's MISC, no place or person of the graph.
 * A place the gazetteer knows stays one ("the Wuhan outbreak"), and an organisation stays ("Pfizer
 * vaccine" is the maker's).
 */
import { placeNamed } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const DISEASE_AFTER = /^\s+(?:virus|viruses|fever|vaccines?|(?:outbreak|epidemic)s?\s+(?:in|of|among|across)\b)/i;

export function diseaseNames(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Place' && span.type !== 'Person') return span;
    if (!DISEASE_AFTER.test(text.slice(span.end, span.end + 40))) return span;
    return placeNamed(text.slice(span.start, span.end)) ? span : { ...span, type: 'Misc' };
  });
}
