import { parse } from '../../../src/extract/stages/parse';
import { recognize } from '../../../src/extract/stages/recognize';
import { resolve } from '../../../src/extract/stages/resolve';
import { segment } from '../../../src/extract/stages/segment';
import { tagWith } from '../../../src/extract/stages/tag';
import { defaultTagger } from '../../../src/extract/tagger/model';
import type { SequenceTagger } from '../../../src/extract/tagger/tagger';
import { spansToTags, type NamedType } from '../../../src/extract/tagger/tags';
import type { DocState } from '../../../src/extract/types';

/** A tagger that marks exactly the given phrases: the stage's own logic, without a model's opinions. */
const marking = (text: string, phrases: [string, NamedType][]): SequenceTagger => ({
  tagDocument: (sentences) =>
    sentences.map(({ tokens }) =>
      spansToTags(
        tokens,
        phrases.map(([p, type]) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, type })),
      ),
    ),
});

/** The same, marking every occurrence of each phrase. */
const markingAll = (text: string, phrases: [string, NamedType][]): SequenceTagger => ({
  tagDocument: (sentences) =>
    sentences.map(({ tokens }) =>
      spansToTags(
        tokens,
        phrases.flatMap(([p, type]) =>
          [...text.matchAll(new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
            start: m.index!,
            end: m.index! + p.length,
            type,
          })),
        ),
      ),
    ),
});

/** The state the stage receives: the rules' proposals on hand-built text. */
const proposed = (text: string): DocState => recognize(segment(parse({ source: 't', text })));
const named = (s: DocState) =>
  s.mentions.filter((m) => ['Person', 'Organization', 'Place', 'Misc'].includes(m.type)).map((m) => [m.text, m.type]);

describe('tag stage', () => {
  it('decides the names: a rule guess the tagger passes over goes, a name no rule found comes in', () => {
    const text = 'Troops read the Black Book as Peshmerga fighters entered Berlin.';
    const before = proposed(text);
    expect(named(before)).toContainEqual(['Black Book', expect.any(String)]);
    const after = tagWith(
      marking(text, [
        ['Peshmerga', 'Organization'],
        ['Berlin', 'Place'],
      ]),
    )(before);
    expect(named(after)).toEqual([
      ['Peshmerga', 'Organization'],
      ['Berlin', 'Place'],
    ]);
  });

  it('decides boundaries and types, keeping the identity a rule found for the same span', () => {
    const text = 'Fighting continued in Mosul as Ajax Amsterdam played Iraq.';
    const after = tagWith(
      marking(text, [
        ['Mosul', 'Place'],
        ['Ajax Amsterdam', 'Organization'],
        ['Iraq', 'Organization'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([
      ['Mosul', 'Place'],
      ['Ajax Amsterdam', 'Organization'],
      ['Iraq', 'Organization'],
    ]);
    const entities = resolve(after).entities;
    expect(entities.find((e) => e.name === 'Mosul')).toMatchObject({ id: 'place:mosul', countryCode: 'IQ' });
    // a country's gazetteer key is for the place, not for a team called after it
    expect(entities.find((e) => e.name === 'Iraq')).toMatchObject({ type: 'Organization' });
  });

  it('keeps MISC names apart from people, organisations and places', () => {
    const text = 'The Tour de France started in Paris with French riders.';
    const after = tagWith(
      marking(text, [
        ['Tour de France', 'Misc'],
        ['Paris', 'Place'],
        ['French', 'Misc'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual(
      expect.arrayContaining([
        ['Tour de France', 'Misc'],
        ['Paris', 'Place'],
        ['French', 'Misc'],
      ]),
    );
    expect(resolve(after).entities.map((e) => e.name)).toEqual(['Paris']);
  });

  it('trims function words and punctuation off a span and never makes a lone pronoun a name', () => {
    const text = 'We met the Foreign Ministry, officials said.';
    const after = tagWith(
      marking(text, [
        ['We', 'Organization'],
        ['the Foreign Ministry,', 'Organization'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([['Foreign Ministry', 'Organization']]);
  });

  it("trims a standings table's mark off a team's name", () => {
    const text = 'Standings: x-AEK Athens 30 points.';
    const after = tagWith(marking(text, [['x-AEK Athens', 'Organization']]))(proposed(text));
    expect(named(after)).toEqual([['AEK Athens', 'Organization']]);
  });

  it("never makes a thing's acronym a name: a VBIED or a UAV is no place", () => {
    const text = 'Strikes destroyed a VBIED and two UAVs near Mosul.';
    const after = tagWith(
      marking(text, [
        ['VBIED', 'Place'],
        ['UAVs', 'Organization'],
        ['Mosul', 'Place'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([['Mosul', 'Place']]);
  });

  it('never makes a holiday a name: over Christmas in Canada, Christmas is no place', () => {
    const text = 'They spent Christmas in Canada and Ramadan in Cairo.';
    const after = tagWith(
      marking(text, [
        ['Christmas', 'Place'],
        ['Canada', 'Place'],
        ['Ramadan', 'Person'],
        ['Cairo', 'Place'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([
      ['Canada', 'Place'],
      ['Cairo', 'Place'],
    ]);
  });

  it('names a person without the title the tagger took in, but keeps a surname that looks like one', () => {
    const text = 'U.S. Sen. Mitch McConnell praised Martin Luther King Jr. and Police Major Pramot.';
    const after = tagWith(
      marking(text, [
        ['U.S. Sen. Mitch McConnell', 'Person'],
        ['Martin Luther King Jr.', 'Person'],
        ['Police Major Pramot', 'Person'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([
      ['Mitch McConnell', 'Person'],
      ['Martin Luther King Jr.', 'Person'],
      ['Pramot', 'Person'],
    ]);
  });

  it("keeps the 's of a name that the article writes before a verb, wherever it writes it", () => {
    const text =
      "Boatmen's said on Monday that Boatmen's Bancshares Inc. would buy a bank. Boatmen's stock rose, and Russia's army advanced.";
    const after = tagWith(
      markingAll(text, [
        ['Boatmen', 'Organization'],
        ['Bancshares Inc.', 'Organization'],
        ['Russia', 'Place'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([
      ["Boatmen's", 'Organization'],
      ["Boatmen's Bancshares Inc.", 'Organization'],
      ["Boatmen's", 'Organization'],
      ['Russia', 'Place'],
    ]);
    const genitive = "Seoul's requests were heard. Seoul's envoy left.";
    const seoul = tagWith(markingAll(genitive, [['Seoul', 'Place']]))(proposed(genitive));
    expect(named(seoul)).toEqual([
      ['Seoul', 'Place'],
      ['Seoul', 'Place'],
    ]);
    // a quote that opens a title after the 's is what the genitive owns; one that closes a quote ends a name
    const titled = 'Bernsen stars on NBC\'s "L.A. Law," and fans met at "Lord\'s" and at Lord\'s, a ground.';
    const quoted = tagWith(
      markingAll(titled, [
        ['NBC', 'Organization'],
        ['Lord', 'Place'],
      ]),
    )(proposed(titled));
    expect(named(quoted)).toEqual([
      ['NBC', 'Organization'],
      ["Lord's", 'Place'],
      ["Lord's", 'Place'],
    ]);
  });

  it('is a no-op without a tagger, and the shipped model can be turned off', () => {
    const state = proposed('Zorblat visited Berlin.');
    expect(tagWith(null)(state)).toBe(state);
    expect(defaultTagger()).not.toBeNull();
    const saved = process.env.NEWSGRAPH_TAGGER_MODEL;
    process.env.NEWSGRAPH_TAGGER_MODEL = 'off';
    try {
      expect(defaultTagger()).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.NEWSGRAPH_TAGGER_MODEL;
      else process.env.NEWSGRAPH_TAGGER_MODEL = saved;
    }
  });

  it('drops a pronoun or bare title whose person the tagger did not keep: a position is no one', () => {
    const text =
      'The Archbishop of Buenos Aires said on Tuesday he would not run. Alexander III, King of Scotland, was born in 1241. The King died young.';
    const before = proposed(text);
    // the rules read the position's complement as a person, and "he" and "The King" as that person
    expect(before.mentions.filter((m) => m.rule === 'pronoun' || m.rule === 'title-coref').length).toBeGreaterThan(0);
    const after = tagWith(
      marking(text, [
        ['Buenos Aires', 'Place'],
        ['Alexander III', 'Person'],
        ['Scotland', 'Place'],
      ]),
    )(before);
    const people = resolve(after).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Alexander III']);
  });

  it('keeps a pronoun whose person the tagger kept', () => {
    const text = 'Col. William Higgins was seized in Lebanon. He was a Marine.';
    const after = tagWith(
      marking(text, [
        ['William Higgins', 'Person'],
        ['Lebanon', 'Place'],
      ]),
    )(proposed(text));
    const higgins = resolve(after).entities.find((e) => e.name === 'William Higgins');
    expect(higgins?.mentions.map((m) => m.text)).toEqual(['William Higgins', 'He']);
  });

  it('keeps a people adjective and its forces as an actor, but not an adjective and a mere noun', () => {
    const text = 'Russian troops shelled the town. A boat sank off the Colombian coast. Bulgarian air traffic resumed.';
    const after = tagWith(
      markingAll(text, [
        ['Russian', 'Misc'],
        ['Colombian', 'Misc'],
        ['Bulgarian', 'Misc'],
      ]),
    )(proposed(text));
    expect(named(after).filter(([, type]) => type === 'Organization')).toEqual([['Russian troops', 'Organization']]);
  });

  it('keeps a government named by its leader that the tagger passed over, but no common word and its head', () => {
    const text = 'The Asad regime shelled Aleppo. Finance ministry officials met. The Bush administration agreed.';
    const after = tagWith(
      markingAll(text, [
        ['Aleppo', 'Place'],
        ['Bush', 'Person'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([
      ['Asad regime', 'Organization'],
      ['Aleppo', 'Place'],
      ['Bush', 'Person'],
    ]);
  });

  it('reads "the Mexican state of Guerrero" as a region, not as the Mexican state', () => {
    const text =
      'Troops patrol the Mexican state of Guerrero, Saudi state media said, and the Mexican state pays them.';
    const after = tagWith(marking(text, [['Guerrero', 'Place']]))(proposed(text));
    expect(named(after).filter(([, type]) => type === 'Organization')).toEqual([['Mexican state', 'Organization']]);
    expect(after.mentions.find((m) => m.text === 'Mexican state')!.start).toBe(text.lastIndexOf('Mexican state'));
  });

  it('keeps a person of the curated table that a rule found and the tagger passed over, in their years', () => {
    const inYear = (year: string) => `date ${year}-02-16 Zelenskiy said on Tuesday Russia was in a hurry.`;
    const tagged = (text: string) => named(tagWith(marking(text, [['Russia', 'Place']]))(proposed(text)));
    expect(tagged(inYear('2023'))).toEqual([
      ['Zelenskiy', 'Person'],
      ['Russia', 'Place'],
    ]);
    expect(tagged(inYear('1996'))).toEqual([['Russia', 'Place']]);
  });

  it('keeps a bracket the name closes and leaves out one it does not open or close', () => {
    const text =
      'Rad 1 Buducnost (P) 0. Mladost (L) 2. Total Petroleum (North America) Ltd fell. Michael (Fritz) Schumacher won.';
    const after = tagWith(
      marking(text, [
        ['Buducnost (P', 'Organization'],
        ['Mladost (L)', 'Organization'],
        ['Total Petroleum (North America) Ltd', 'Organization'],
        ['Fritz) Schumacher', 'Person'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([
      ['Buducnost', 'Organization'],
      ['Mladost (L)', 'Organization'],
      ['Total Petroleum (North America) Ltd', 'Organization'],
      ['Schumacher', 'Person'],
    ]);
  });

  it('reads a name after "near", and the names listed with it, as places unless a rule knew a person', () => {
    const text = 'Near Dayr Az Zawr, strikes hit targets near Tal Afar and Ain Issa. Aides stood near President Obama.';
    const after = tagWith(
      marking(text, [
        ['Near Dayr Az Zawr', 'Person'],
        ['Tal Afar', 'Person'],
        ['Ain Issa', 'Person'],
        ['Obama', 'Person'],
      ]),
    )(proposed(text));
    expect(named(after)).toEqual([
      ['Dayr Az Zawr', 'Place'],
      ['Tal Afar', 'Place'],
      ['Ain Issa', 'Place'],
      ['Obama', 'Person'],
    ]);
  });

  it('gives the tagger typographic apostrophes as its ASCII training text writes them', () => {
    const seen: string[] = [];
    const recording: SequenceTagger = {
      tagDocument: (sentences) => sentences.map(({ tokens }) => tokens.map((t) => (seen.push(t.text), 'O' as const))),
    };
    tagWith(recording)(proposed('Conor O’Brien visited Sana’a.'));
    expect(seen).toEqual(['Conor', "O'Brien", 'visited', "Sana'a", '.']);
  });

  it('keeps an organisation of the kept list that the tagger passed over', () => {
    const text = 'Daesh targeted families out shopping for Eid.';
    expect(named(tagWith(marking(text, []))(proposed(text)))).toEqual([['Daesh', 'Organization']]);
  });
});
