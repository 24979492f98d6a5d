/**
 * Names of news outlets, whatever the name looks like on its own: a name owned by a genitive and
 * followed by a medium ("Germany's Phoenix broadcaster", "France's Europe 1 radio": not the city or
 * the continent), and a name of two words or more that ends in one ("Sky Sports", "Fox News": no person).
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/** words that name a medium: "Phoenix broadcaster", "Radio France International" */
export const MEDIA = new Set(
  'broadcaster newspaper daily weekly magazine channel network radio television tv agency website station'.split(' '),
);
const GENITIVE = /^['’]s$/;
const CHANNEL_NUMBER = /^\d+$/; // "Europe 1 radio", "Channel 4 television"

/** Last words that make a name an outlet, and are nobody's surname ("Sky Sports", "Fox News", "Channel 4 Television", "Capital FM"). */
const OUTLET_HEADS = new Set(['news', 'sport', 'sports', 'tv', 'television', 'radio', 'broadcasting', 'fm']);

export function mediaNames(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.map((span) => {
    if (span.type === 'Organization' || span.type === 'Misc') return span;
    const first = tokens.findIndex((t) => t.start === span.start);
    const last = tokens.findIndex((t) => t.end === span.end);
    if (first >= 0 && last > first && OUTLET_HEADS.has(tokens[last]!.text.toLowerCase()))
      return { ...span, type: 'Organization' };
    let next = last + 1;
    if (first < 1 || next < 1 || !GENITIVE.test(tokens[first - 1]!.text)) return span;
    if (CHANNEL_NUMBER.test(tokens[next]?.text ?? '')) next++;
    return MEDIA.has(tokens[next]?.text.toLowerCase() ?? '') ? { ...span, type: 'Organization' } : span;
  });
}
