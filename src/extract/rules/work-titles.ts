/**
 * A name that fills a pair of quotation marks on its own is a work's title ("playing Judy Garland in
 * "Judy"", "won best actor for "Joker""): a film, book or song, CoNLL-2003's MISC, not the person or
 * organisation it is named after. A quoted phrase of more words than the name is a quotation, and a
 * quoted place a place in quotation marks ("at "Lord's""), left as read; so is a name after a verb of
 * naming ("a man called "Raoul"") and a nickname before a surname ('"Buffalo Bill" Cody').
 */
import type { TypedSpan } from '../tagger/tags';

const OPEN = /["“]$/;
/** the closing mark, and no name right after it (a nickname before a surname: '"Buffalo Bill" Cody') */
const CLOSE = /^[,.]?["”](?!\s+\p{Lu})/u;
/** a name given with a verb of naming is whatever it names ("a mysterious man called "Raoul"") */
const NAMED_BEFORE = /\b(?:called|named|nicknamed|dubbed|known\s+as)\s+["“]$/;

export function workTitles(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) =>
    (span.type === 'Person' || span.type === 'Organization') &&
    OPEN.test(text.slice(span.start - 1, span.start)) &&
    !NAMED_BEFORE.test(text.slice(Math.max(0, span.start - 15), span.start)) &&
    CLOSE.test(text.slice(span.end, span.end + 5))
      ? { ...span, type: 'Misc' }
      : span,
  );
}
