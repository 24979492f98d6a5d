/**
 * A name followed by a comma and a country or a region of one, then a comma or the sentence's end,
 * is a place in it: "Norman Vaughan, 83, of Trapper Creek, Alaska, the last man", "born in Cibolo,
 * Texas." In CoNLL-2003 train and dev, 42 of the 44 names that stand so are places (all 31 the
 * gazetteer knows); the others are a person before "U.S. embassy spokesman", which the closing
 * comma rules out, and "the Olympic Games, U.S. swimmer", MISC, which is no person and stays. The
 * tagger reads an unknown town there as a person now and then. A name with a title before it
 * ("Major Samih al-Sa'id, Asyut") is a person's, and names of a list ("the Cuba Libre, Juan Avila,
 * Reinol Garcia, Mexico, and Jovellanos complexes") are not read so.
 */
import { country, place } from '../lexicon/gazetteer';
import { TITLE_WORDS } from '../lexicon/words';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/** a comma, one to three capitalised words, then a comma, a semicolon or the end */
const REGION_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}?)\.?(?=\s*(?:[,;](?!\s*(?:and|or)\b)|$))/u;
/** what stands before a list's member or a titled person: a comma, "and", "or", a title */
const BEFORE = /(?:,|\b(?:and|or)|\b([\p{L}.]+))\s*$/u;

export function placesBeforeRegions(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Person') return span;
    const region = REGION_AFTER.exec(text.slice(span.end, span.end + 40))?.[1];
    if (!region) return span;
    const before = BEFORE.exec(text.slice(Math.max(0, span.start - 20), span.start));
    if (before && (!before[1] || TITLE_WORDS.has(before[1].toLowerCase().replace(/\.$/, '')))) return span;
    // "Texas." ends the sentence; "N.Y." keeps its own stops
    const known = [region, region.replace(/\.$/, '')].map((r) => country(r) ?? place(r)).find(Boolean);
    return known && (known.kind === 'country' || known.kind === 'region') ? { ...span, type: 'Place' } : span;
  });
}
