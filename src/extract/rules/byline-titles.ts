/**
 * "By Marcia Dunn, AP Aerospace Writer": a byline's job title after the agency is no part of its
 * name. An organisation span that ends in a job noun ends before it (and before "Staff", "Senior",
 * "Chief" or "Special" ahead of it); after an acronym, the beat between them goes too ("AP
 * Aerospace Writer" is AP).
 */
import { within } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const JOB_NOUNS = new Set(['writer', 'correspondent', 'reporter', 'columnist', 'editor', 'photographer']);
const RANKS = new Set(['staff', 'senior', 'chief', 'special', 'foreign', 'political', 'diplomatic']);

export function bylineTitles(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.flatMap((span) => {
    if (span.type !== 'Organization') return [span];
    const words = within(tokens, span.start, span.end);
    let last = words.length - 1;
    if (last < 1 || !JOB_NOUNS.has(words[last]!.text.toLowerCase())) return [span];
    last--;
    while (last >= 1 && RANKS.has(words[last]!.text.toLowerCase())) last--;
    if (/^\p{Lu}{2,}$/u.test(words[0]!.text)) last = 0;
    return [{ ...span, end: words[last]!.end }];
  });
}
