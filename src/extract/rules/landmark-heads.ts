/**
 * A name that ends in the word for a building or a site is a place: "Windsor Castle", "Buckingham
 * Palace", "Wembley Stadium", "Tiananmen Square", "Heathrow Airport". The tagger, meeting a town or
 * a family name before such a head, now and then reads a person. Heads that are also surnames ("Lake",
 * "Bay", "Street", "Park", "Temple", "Bridges") are not among them.
 */
import { within } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const LANDMARK_HEADS = new Set(
  'castle palace stadium square airport cathedral abbey mosque basilica arena avenue boulevard canal valley racecourse circuit'.split(
    ' ',
  ),
);

export function landmarkHeads(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Person') return span;
    const inside = within(tokens, span.start, span.end);
    const last = inside[inside.length - 1]?.text.toLowerCase();
    return inside.length >= 2 && last && LANDMARK_HEADS.has(last) ? { ...span, type: 'Place' } : span;
  });
}
