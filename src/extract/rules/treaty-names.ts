/**
 * A name ending in "Accord(s)", "Treaty", "Agreement", "Protocol", "Declaration" or "Convention" is a
 * treaty's or a gathering's ("the Abraham Accords", "the Kyoto Protocol", "the Sino-British Joint
 * Declaration", "the Democratic Convention"): CoNLL-2003's MISC, whatever person or
 * place its first word names. The word may also follow the span the tagger read ("the Paris
 * Agreement" read as the place "Paris"); a name that goes on past it ("Treaty Organization") is a body.
 */
import type { TypedSpan } from '../tagger/tags';

const HEADS = 'Accords?|Treaty|Agreement|Protocol|Declaration|Convention';
const TREATY = new RegExp(`(?:^|\\s)(?:${HEADS})$`);
const TREATY_AFTER = new RegExp(`^\\s+(?:${HEADS})\\b(?!\\s+\\p{Lu})`, 'u');

export function treatyNames(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type === 'Misc') return span;
    const name = text.slice(span.start, span.end);
    if (TREATY.test(name) && !/^\s+\p{Lu}/u.test(text.slice(span.end, span.end + 3))) return { ...span, type: 'Misc' };
    return TREATY_AFTER.test(text.slice(span.end, span.end + 30)) ? { ...span, type: 'Misc' } : span;
  });
}
