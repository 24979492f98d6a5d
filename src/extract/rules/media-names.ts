/**
 * A name owned by a genitive and followed by a medium is that outlet ("Germany's Phoenix broadcaster",
 * "France's Europe 1 radio"): an organisation, whatever the name looks like on its own (Phoenix the
 * city, Europe the continent).
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const MEDIA = new Set(
  'broadcaster newspaper daily weekly magazine channel network radio television tv agency website station'.split(' '),
);
const GENITIVE = /^['’]s$/;
const MODEL_NUMBER = /^\d+$/; // "Europe 1 radio", "Channel 4 television"

export function mediaNames(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.map((span) => {
    if (span.type === 'Organization' || span.type === 'Misc') return span;
    const first = tokens.findIndex((t) => t.start === span.start);
    let next = tokens.findIndex((t) => t.end === span.end) + 1;
    if (first < 1 || next < 1 || !GENITIVE.test(tokens[first - 1]!.text)) return span;
    if (MODEL_NUMBER.test(tokens[next]?.text ?? '')) next++;
    return MEDIA.has(tokens[next]?.text.toLowerCase() ?? '') ? { ...span, type: 'Organization' } : span;
  });
}
