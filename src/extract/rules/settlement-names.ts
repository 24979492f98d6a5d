/**
 * "the Red Sea resort of Sharm el-Sheikh", "the town of Bakhmut": a name after the noun for a
 * settlement or an area and "of" is that place. The tagger, meeting an unknown name of several
 * words, now and then reads a person there.
 */
import type { TypedSpan } from '../tagger/tags';

const SETTLEMENT_OF =
  /\b(?:city|town|village|port|resort|capital|province|region|district|island|islands|state|county|suburb|enclave|oasis|settlement)\s+of\s+$/i;

export function settlementNames(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) =>
    span.type === 'Person' && SETTLEMENT_OF.test(text.slice(Math.max(0, span.start - 20), span.start))
      ? { ...span, type: 'Place' }
      : span,
  );
}
