import { placesAfterNear } from '../../../src/extract/rules/near-places';
import { tokenize } from '../../../src/extract/stages/segment';
import type { Mention } from '../../../src/extract/types';
import { spansOf, typesOf } from './spans';
const rule = (text: string, phrase: string, type: string, name: string): Mention => ({
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
  text: phrase,
  type: type as Mention['type'],
  sentence: 0,
  rule: name,
});

describe('placesAfterNear', () => {
  it('makes the person after "near" and the names listed with it places', () => {
    const text = 'Shelling near Krasna Hora, Ivanivske and Lashkar Gah, said Maria Silva.';
    const spans = spansOf(text, [
      ['Krasna Hora', 'Person'],
      ['Ivanivske', 'Place'],
      ['Lashkar Gah', 'Person'],
      ['Maria Silva', 'Person'],
    ]);
    expect(typesOf(text, placesAfterNear(spans, tokenize(text, { start: 0, end: text.length }), [], text))).toEqual([
      ['Krasna Hora', 'Place'],
      ['Ivanivske', 'Place'],
      ['Lashkar Gah', 'Place'],
      ['Maria Silva', 'Person'],
    ]);
  });

  it('keeps a person a rule knew, and an organisation the rules did not read as a place', () => {
    const text = 'She stood near John Smith and near Acme Corp, then near Tal Afar.';
    const tokens = tokenize(text, { start: 0, end: text.length });
    const spans = spansOf(text, [
      ['John Smith', 'Person'],
      ['Acme Corp', 'Organization'],
      ['Tal Afar', 'Organization'],
    ]);
    const rules = [rule(text, 'John Smith', 'Person', 'given-name'), rule(text, 'Tal Afar', 'Place', 'place-opener')];
    expect(typesOf(text, placesAfterNear(spans, tokens, rules, text))).toEqual([
      ['John Smith', 'Person'],
      ['Acme Corp', 'Organization'],
      ['Tal Afar', 'Place'],
    ]);
  });

  it("makes a name after a settlement's noun and 'of' a place, with the names listed with it", () => {
    const text =
      "In Waco, near Nelson's hometown of Abbott, and in the city of Liverpool and Leeds, the City of London said.";
    const spans = spansOf(text, [
      ['Waco', 'Place'],
      ['Nelson', 'Person'],
      ['Abbott', 'Person'],
      ['Liverpool', 'Organization'],
      ['Leeds', 'Organization'],
      ['City of London', 'Organization'],
    ]);
    const rules = [rule(text, 'Abbott', 'Person', 'given-name')];
    expect(typesOf(text, placesAfterNear(spans, tokenize(text, { start: 0, end: text.length }), rules, text))).toEqual([
      ['Waco', 'Place'],
      ['Nelson', 'Person'],
      ['Abbott', 'Place'],
      ['Liverpool', 'Place'],
      ['Leeds', 'Place'],
      ['City of London', 'Organization'],
    ]);
  });

  it("ends a settlement's list at a comma alone", () => {
    const text =
      'In the village of Foindu, Eastern Region Brigade Commander Fallah Sewa said. Born in the province of Anhui, Dai came.';
    const spans = spansOf(text, [
      ['Foindu', 'Place'],
      ['Eastern Region Brigade', 'Organization'],
      ['Fallah Sewa', 'Person'],
      ['Anhui', 'Place'],
      ['Dai', 'Person'],
    ]);
    expect(typesOf(text, placesAfterNear(spans, tokenize(text, { start: 0, end: text.length }), [], text))).toEqual([
      ['Foindu', 'Place'],
      ['Eastern Region Brigade', 'Organization'],
      ['Fallah Sewa', 'Person'],
      ['Anhui', 'Place'],
      ['Dai', 'Person'],
    ]);
  });
});
