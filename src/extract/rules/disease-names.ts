/**
 * A name before "virus", "fever" or "vaccine" names the disease or the product ("Ebola virus", "Lassa
 * fever", "Ervebo vaccine"), and so does one before "outbreak" or "epidemic" where the place of the
 * outbreak follows ("an Ebola outbreak in Kasai"): CoNLL-2003's MISC, no place or person of the graph.
 * A place the gazetteer knows stays one ("the Wuhan outbreak"), and an organisation stays ("Pfizer
 * vaccine" is the maker's). A name before "nerve agent" or "toxin" is the substance's, whatever
 * the tagger read ("a Novichok nerve agent"), and so is the same name elsewhere in the article.
 */
import { placeNamed } from '../lexicon/gazetteer';
import { boundedMemo } from '../../util';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const DISEASE_AFTER = /^\s+(?:virus|viruses|fever|vaccines?|(?:outbreak|epidemic)s?\s+(?:in|of|among|across)\b)/i;

/** a chemical weapon or poison: no maker is named before "nerve agent" ("a Novichok nerve agent") */
const AGENT = /(\p{Lu}[\p{L}'’-]*)\s+(?:nerve\s+agents?|nerve\s+gas|toxins?|poisons?)\b/gu;

/** the substances an article names so, of the last article read (the rule runs sentence by sentence) */
const agentsOf = boundedMemo((text: string) => new Set([...text.matchAll(AGENT)].map((m) => m[1]!)), 1);

export function diseaseNames(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  const agents = agentsOf(text);
  return spans.map((span) => {
    if (span.type !== 'Misc' && agents.has(text.slice(span.start, span.end))) return { ...span, type: 'Misc' };
    if (span.type !== 'Place' && span.type !== 'Person') return span;
    if (!DISEASE_AFTER.test(text.slice(span.end, span.end + 40))) return span;
    return placeNamed(text.slice(span.start, span.end)) ? span : { ...span, type: 'Misc' };
  });
}
