/**
 * "space shuttle Columbia", "the container ship Ever Given", "aircraft carrier Charles de Gaulle",
 * "Mars rover Perseverance": a name right after the noun for a ship or a craft is that vessel's, a
 * product of CoNLL-2003's MISC, not the place, person or organisation whose name it borrows; so is
 * the same name elsewhere in the article ("Columbia was the oldest of NASA's four shuttles").
 */
import { boundedMemo } from '../../util';
import type { TypedSpan } from '../tagger/tags';

const CRAFT =
  /\b(?:shuttle|(?:container|cargo|cruise|research|supply|hospital|merchant|passenger|navy|naval|space) ship|tanker|vessel|aircraft carrier|freighter|liner|yacht|submarine|frigate|destroyer|cruiser|warship|trawler|spacecraft|rover|lander)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:(?:de|of|the)\s+)?\p{Lu}[\p{L}'’-]*)*)/gu;

/** the vessels an article names, of the last article read (the rule runs sentence by sentence) */
const vesselsOf = boundedMemo((text: string) => new Set([...text.matchAll(CRAFT)].map((m) => m[1]!)), 1);

export function vesselNames(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  const vessels = vesselsOf(text);
  if (!vessels.size) return spans;
  return spans.map((span) =>
    span.type !== 'Misc' && vessels.has(text.slice(span.start, span.end)) ? { ...span, type: 'Misc' } : span,
  );
}
