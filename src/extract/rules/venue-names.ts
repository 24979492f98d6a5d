/**
 * "in the final at the Wanda Metropolitano with a penalty": a name that "at", "in", "inside",
 * "outside" or "near" and "the" put before, and a phrase's edge (punctuation or a preposition)
 * after, is a venue, not a person: no one is "at the Wanda Metropolitano" but a building; so is one
 * before a noun for a site ("at the Walt Disney World complex"). Another noun or a conjunction after
 * it keeps the name a modifier ("in the Tony Blair era", "the Marchal and Lambrecks case"), as the
 * tagger read it.
 */
import { commonWordTag } from '../lexicon/english';
import type { TypedSpan } from '../tagger/tags';

const AT_THE = /\b(?:at|in|inside|outside|near)\s+the\s+$/;
/** nouns for a site, after which the name is the site's ("at the Walt Disney World complex") */
const FACILITIES = new Set(
  'complex stadium arena airport resort hotel campus compound centre center hall theatre theater park plant base'.split(
    ' ',
  ),
);

export function venueNames(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Person' || !AT_THE.test(text.slice(Math.max(0, span.start - 12), span.start))) return span;
    const next = /^\s*([\p{L}]+|[^\s\p{L}])/u.exec(text.slice(span.end, span.end + 30))?.[1] ?? '.';
    const edge =
      !/^\p{L}/u.test(next) ||
      commonWordTag(next.toLowerCase()) === 'Preposition' ||
      FACILITIES.has(next.toLowerCase());
    return edge ? { ...span, type: 'Place' } : span;
  });
}
