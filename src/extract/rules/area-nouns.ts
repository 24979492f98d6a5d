/**
 * A name that modifies a word for a stretch of land is a place: "the Rancho Nuevo area", "Calcasieu
 * and Cameron parishes", "the Sierra Nevada foothills". In CoNLL-2003 train, of the names right
 * before these nouns none is a person or an organisation (they are places, or MISC's people words:
 * "Kurdish areas"); nouns that an organisation or a person may own ("state", "town", "border") are
 * not among them, nor an area "of" something ("the 5th Fleet area of operations": the fleet's). A
 * plural noun after a list of names makes each of them one ("Calcasieu and Cameron parishes").
 */
import type { TypedSpan } from '../tagger/tags';
import { isCoordination } from './word-tests';
import type { Token } from '../types';
import { within } from '../sorted';

const AREA_NOUNS = new Set(
  'area areas province provinces region regions district districts suburb suburbs parish parishes county counties valley foothills highlands lowlands neighborhood neighbourhood outskirts'.split(
    ' ',
  ),
);
const retyped = (span: TypedSpan): TypedSpan =>
  span.type === 'Person' || span.type === 'Organization' ? { ...span, type: 'Place' } : span;

export function placesBeforeAreaNouns(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  const out = [...spans];
  for (let k = out.length - 1; k >= 0; k--) {
    const at = tokens.findIndex((t) => t.start >= out[k]!.end);
    const next = tokens[at];
    if (!next || !AREA_NOUNS.has(next.text) || tokens[at + 1]?.text === 'of') continue;
    out[k] = retyped(out[k]!);
    if (!next.text.endsWith('s')) continue;
    // the names of a list before the plural noun
    for (let j = k - 1; j >= 0; j--) {
      const between = within(tokens, out[j]!.end, out[j + 1]!.start);
      if (between.length === 0 || !between.every((t) => isCoordination(t.text))) break;
      out[j] = retyped(out[j]!);
    }
  }
  return out;
}
