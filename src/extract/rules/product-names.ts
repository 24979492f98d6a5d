/**
 * A name before a model number and a weapon or vehicle is the product's ("Leopard 2 battle tanks",
 * "Boeing 737 jets", "Model 3 sedans"): CoNLL-2003's MISC, not an organisation or person of the graph. The model
 * number is what says so; without it the name may be the maker ("Lockheed missiles", "Airbus
 * helicopters"), which stays as the tagger read it. A count after an organisation reads the same
 * ("gave the army 14 tanks") and is read as a model: rarer in news than a product named this way.
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const MODEL_NUMBER = /^\d[\dA-Z]*$/;
/** words between a model and its noun: "battle tanks", "fighter jets", "air defence missiles" */
const MODIFIERS = new Set([
  'main',
  'battle',
  'fighter',
  'attack',
  'air',
  'defense',
  'defence',
  'cruise',
  'ballistic',
  'anti-tank',
  'anti-aircraft',
  'armoured',
  'armored',
  'infantry',
  'fighting',
  'combat',
  'transport',
  'passenger',
  'utility',
]);
const HARDWARE = new Set(
  'tank tanks jet jets missile missiles rocket rockets drone drones helicopter helicopters warplane warplanes aircraft airliner airliners launcher launchers howitzer howitzers vehicle vehicles rifle rifles submarine submarines frigate frigates car cars sedan sedans suv suvs truck trucks'.split(
    ' ',
  ),
);

/** Is there a model number, then at most two modifiers and a hardware noun, from token `i` on? */
function productAfter(tokens: Token[], i: number, numbered: boolean): boolean {
  if (!numbered) {
    if (!MODEL_NUMBER.test(tokens[i]?.text ?? '')) return false;
    i++;
  }
  for (let k = 0; k < 3; k++, i++) {
    const w = tokens[i]?.text.toLowerCase();
    if (w === undefined) return false;
    if (HARDWARE.has(w)) return true;
    if (!MODIFIERS.has(w)) return false;
  }
  return false;
}

export function productNames(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Organization' && span.type !== 'Person') return span;
    const last = tokens.findIndex((t) => t.end === span.end);
    if (last < 0) return span;
    const numbered = last > 0 && tokens[last]!.start > span.start && MODEL_NUMBER.test(tokens[last]!.text);
    return productAfter(tokens, last + 1, numbered) ? { ...span, type: 'Misc' } : span;
  });
}
