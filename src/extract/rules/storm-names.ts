/**
 * "Hurricane Laura", "Typhoon Haiyan", "Cyclone Idai": a storm's given name after the word for the
 * storm is the storm's, CoNLL-2003's MISC ("Hurricane" itself is no part of it), not a person or a
 * place, however the tagger read the pair.
 */
import type { TypedSpan } from '../tagger/tags';

const STORM = /^(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Storm|Super\s+Typhoon)\s+/;
const STORM_BEFORE = /(?:^|[^\p{L}])(?:Hurricane|Typhoon|Cyclone|Storm)\s+$/u;

export function stormNames(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type === 'Misc') return span;
    const opening = STORM.exec(text.slice(span.start, span.end));
    if (opening && span.start + opening[0].length < span.end)
      return { ...span, start: span.start + opening[0].length, type: 'Misc' };
    return STORM_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) ? { ...span, type: 'Misc' } : span;
  });
}
