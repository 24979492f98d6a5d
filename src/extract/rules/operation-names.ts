/**
 * Military operations, exercises and ships are named like organisations but are events and
 * vessels: CoNLL-2003's MISC ("Operation Provide Comfort"), not actors of the graph. The word that
 * opens the name says so: "Operation Inherent Resolve", "Exercise Eager Lion", and a navy's ship
 * prefix ("USS Mahan", "HMS Ocean").
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';
import { within } from '../sorted';

const OPENERS = new Set(['Operation', 'Exercise']);
/** the prefixes of commissioned ships of the English-speaking navies */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS']);

export function operationNames(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.map((span) => {
    if (span.type === 'Misc') return span;
    const inside = within(tokens, span.start, span.end);
    const [first, second] = inside;
    const named = second !== undefined && /^\p{Lu}/u.test(second.text);
    return named && (OPENERS.has(first!.text) || SHIP_PREFIXES.has(first!.text)) ? { ...span, type: 'Misc' } : span;
  });
}
