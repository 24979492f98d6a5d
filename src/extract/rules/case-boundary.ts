/**
 * A change of letter case marks where one name ends and the next begins: a place written in
 * title case followed by a name in capitals is two names, the place and (news-wire datelines,
 * "Moscow ITAR-TASS", "Tokyo MAINICHI SHIMBUN", "Madrid EFE") the organisation after it. A tagger
 * trained on text where this is rare reads both as one organisation.
 */
import { place } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';
import { within } from '../sorted';

const CAPITALS = /^[\p{Lu}\p{N}][\p{Lu}\p{N}&.'’-]*$/u;
const TITLE_CASE = /^\p{Lu}[\p{Ll}.'’-]/u;

/** The span, or the place at its start and the capitalised name after it. */
export function splitAtCaseChange(span: TypedSpan, tokens: Token[], text: string): TypedSpan[] {
  if (span.type !== 'Organization' && span.type !== 'Person') return [span];
  const inside = within(tokens, span.start, span.end);
  for (let k = 1; k <= Math.min(3, inside.length - 1); k++) {
    const head = inside.slice(0, k);
    const rest = inside.slice(k);
    if (!head.every((t) => TITLE_CASE.test(t.text) || /^(?:de|la|of)$/.test(t.text))) break;
    if (!rest.every((t) => CAPITALS.test(t.text)) || !rest.some((t) => /\p{Lu}{2}/u.test(t.text))) continue;
    const end = head[k - 1]!.end;
    if (!place(text.slice(span.start, end))) continue;
    return [
      { start: span.start, end, type: 'Place' },
      { start: rest[0]!.start, end: span.end, type: 'Organization' },
    ];
  }
  return [span];
}
