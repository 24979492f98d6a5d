import { productNames } from '../../../src/extract/rules/product-names';
import { tokenize } from '../../../src/extract/stages/segment';
import type { TypedSpan } from '../../../src/extract/tagger/tags';

const spansOf = (text: string, phrases: [string, TypedSpan['type']][]): TypedSpan[] =>
  phrases.map(([p, type]) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, type }));
const typesOf = (text: string, spans: TypedSpan[]) => spans.map((s) => [text.slice(s.start, s.end), s.type]);
const read = (text: string, phrases: [string, TypedSpan['type']][]) =>
  typesOf(text, productNames(spansOf(text, phrases), tokenize(text, { start: 0, end: text.length })));

describe('productNames', () => {
  it('makes a name before a model number and a weapon or vehicle MISC, wherever the number is', () => {
    expect(
      read('Denmark would not deliver Leopard 2 battle tanks, and Aeroflot flew Tupolev 154 airliners.', [
        ['Denmark', 'Place'],
        ['Leopard', 'Organization'],
        ['Aeroflot', 'Organization'],
        ['Tupolev 154', 'Person'],
      ]),
    ).toEqual([
      ['Denmark', 'Place'],
      ['Leopard', 'Misc'],
      ['Aeroflot', 'Organization'],
      ['Tupolev 154', 'Misc'],
    ]);
  });

  it("leaves a maker without a model number, or before another name's model, as it was", () => {
    expect(
      read('Lockheed missiles and Airbus helicopters arrived; Lockheed Martin F-35 jets did not.', [
        ['Lockheed', 'Organization'],
        ['Airbus', 'Organization'],
        ['Lockheed Martin', 'Organization'],
      ]),
    ).toEqual([
      ['Lockheed', 'Organization'],
      ['Airbus', 'Organization'],
      ['Lockheed Martin', 'Organization'],
    ]);
  });
});
