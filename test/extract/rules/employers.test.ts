import { employers } from '../../../src/extract/rules/employers';
import type { Mention } from '../../../src/extract/types';

/** mentions of each given text at its first occurrence after the previous one */
function mentionsOf(text: string, given: [string, Mention['type']][]): Mention[] {
  let from = 0;
  return given.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type, sentence: 0, rule: 'hand' };
  });
}

const read = (text: string, given: [string, Mention['type']][]) =>
  employers(mentionsOf(text, given), text).map((m) => [m.text, m.type]);

describe('employers', () => {
  it("makes every mention of a name with a chief executive an organisation, and a country's none", () => {
    expect(
      read('It was produced by Neon. Neon chief executive Tom Quinn said U.S. chief executives agree.', [
        ['Neon', 'Place'],
        ['Neon', 'Place'],
        ['Tom Quinn', 'Person'],
        ['U.S.', 'Place'],
      ]),
    ).toEqual([
      ['Neon', 'Organization'],
      ['Neon', 'Organization'],
      ['Tom Quinn', 'Person'],
      ['U.S.', 'Place'],
    ]);
  });

  it("makes a name before a team's boss an organisation in every mention", () => {
    expect(
      read('The Mercedes driver won. Mercedes team boss Toto Wolff was pleased.', [
        ['Mercedes', 'Place'],
        ['Mercedes', 'Place'],
        ['Toto Wolff', 'Person'],
      ]),
    ).toEqual([
      ['Mercedes', 'Organization'],
      ['Mercedes', 'Organization'],
      ['Toto Wolff', 'Person'],
    ]);
  });

  it('makes what has a unit or subsidiary an organisation, but not a country', () => {
    expect(
      read('Smit Salvage, a unit of Boskalis, was hired; Sinopec, a subsidiary of China, was not.', [
        ['Smit Salvage', 'Organization'],
        ['Boskalis', 'Place'],
        ['Sinopec', 'Organization'],
        ['China', 'Place'],
      ]),
    ).toEqual([
      ['Smit Salvage', 'Organization'],
      ['Boskalis', 'Organization'],
      ['Sinopec', 'Organization'],
      ['China', 'Place'],
    ]);
  });

  it('makes where analysts work an organisation, unless the gazetteer knows the place', () => {
    expect(
      read('Analysts at Jefferies agreed, and economists at Kabul said so.', [
        ['Jefferies', 'Person'],
        ['Kabul', 'Place'],
      ]),
    ).toEqual([
      ['Jefferies', 'Organization'],
      ['Kabul', 'Place'],
    ]);
  });

  it('makes a one-word "person" whose genitive owns a person named in full that person\'s team, not a person named in full', () => {
    expect(
      read("Ferrari's Charles Leclerc was fourth, and Trump's Mike Pence spoke with Donald Trump.", [
        ['Ferrari', 'Person'],
        ['Charles Leclerc', 'Person'],
        ['Trump', 'Person'],
        ['Mike Pence', 'Person'],
        ['Donald Trump', 'Person'],
      ]),
    ).toEqual([
      ['Ferrari', 'Organization'],
      ['Charles Leclerc', 'Person'],
      ['Trump', 'Person'],
      ['Mike Pence', 'Person'],
      ['Donald Trump', 'Person'],
    ]);
  });
});
