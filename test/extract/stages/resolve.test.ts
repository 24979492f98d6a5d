import { resolve } from '../../../src/extract/stages/resolve';
import { handState } from './hand-state';

describe('resolve stage', () => {
  it('joins a full name written with and without a middle initial, under the fuller spelling', () => {
    const state = handState('Gen. Joseph L. Votel visited Baghdad on Monday. Later Gen. Joseph Votel flew to Erbil.', [
      { text: 'Joseph L. Votel', type: 'Person' },
      { text: 'Baghdad', type: 'Place' },
      { text: 'Joseph Votel', type: 'Person' },
      { text: 'Erbil', type: 'Place' },
    ]);
    const people = resolve(state).entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['Joseph L. Votel', 2]]);
  });

  it("names a dateline's place in capitals as running text does, with the gazetteer's data", () => {
    const out = resolve(
      handState('BONN (Reuters) - Officials in Bonn said talks in MAGDEBURG went on. NEW YORK was quiet.', [
        { text: 'BONN', type: 'Place' },
        { text: 'Bonn', type: 'Place' },
        { text: 'MAGDEBURG', type: 'Place' },
        { text: 'NEW YORK', type: 'Place' },
      ]),
    );
    const places = Object.fromEntries(out.entities.map((e) => [e.id, e]));
    // the running text's spelling wins over the dateline's; the capitals stay as an alias
    expect(places['place:bonn']).toMatchObject({ name: 'Bonn', aliases: ['BONN'], countryCode: 'DE' });
    expect(places['place:bonn']!.mentions).toHaveLength(2);
    // only capitals in the article: the gazetteer still knows the place
    expect(Object.values(places).find((e) => e.name === 'Magdeburg')).toMatchObject({ countryCode: 'DE' });
    expect(Object.values(places).find((e) => e.name === 'New York City' || e.name === 'New York')).toBeDefined();
  });

  it('gives a place the id of the gazetteer entry its name resolves to, whichever rule found the mention', () => {
    // the rule looked "Washington" up as the state; the resolver reads it as the capital, as the dateline is
    const out = resolve(
      handState('WASHINGTON, March 4 - Officials in Washington said.', [
        { text: 'WASHINGTON', type: 'Place', rule: 'dateline' },
        { text: 'Washington', type: 'Place', key: 'place:washington' },
      ]),
    );
    expect(out.entities.map((e) => [e.id, e.name, e.mentions.length])).toEqual([
      ['place:washington-d-c', 'Washington, D.C.', 2],
    ]);
  });

  it('makes a state that no longer exists one place under its names, not Russia, whatever the tagger typed', () => {
    const out = resolve(
      handState('The Soviet Union bought corn. It was the USSR largest purchase. Russia agreed.', [
        { text: 'Soviet Union', type: 'Place' },
        { text: 'USSR', type: 'Organization' },
        { text: 'Russia', type: 'Place' },
      ]),
    );
    expect(out.entities.map((e) => [e.id, e.type, e.mentions.length])).toEqual([
      ['place:soviet-union', 'Place', 2],
      ['place:russia', 'Place', 1],
    ]);
  });

  it("keeps a dateline's place a place beside a team of the same name", () => {
    const out = resolve(
      handState('LEEDS BEAT WIMBLEDON.\nLEEDS, England 1996-08-26\nLEEDS won.', [
        { text: 'LEEDS', type: 'Organization' },
        { text: 'LEEDS', type: 'Place', nth: 1, rule: 'dateline' },
        { text: 'LEEDS', type: 'Organization', nth: 2 },
      ]),
    );
    expect(out.entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ['Organization', 'LEEDS', 2],
      ['Place', 'Leeds', 1],
    ]);
  });

  it('names a place no gazetteer knows, met only in capitals, as running text would write it, unless initials', () => {
    const out = resolve(
      handState('HOLZGERLINGEN, Germany - Riders met in NWFP. CAPE ZORBAL was quiet.', [
        { text: 'HOLZGERLINGEN', type: 'Place' },
        { text: 'NWFP', type: 'Place' },
        { text: 'CAPE ZORBAL', type: 'Place' },
      ]),
    );
    expect(out.entities.map((e) => e.name)).toEqual(['Holzgerlingen', 'NWFP', 'Cape Zorbal']);
  });

  it('reads Washington alone as the US capital, the largest place of that name', () => {
    const out = resolve(handState('Officials in Washington said so.', [{ text: 'Washington', type: 'Place' }]));
    expect(out.entities[0]).toMatchObject({ name: 'Washington, D.C.', countryCode: 'US', aliases: ['Washington'] });
  });

  it("reads a city by the state or country after it, and a state by the wires' abbreviation", () => {
    const out = resolve(
      handState(
        'WILMINGTON, Del. (Reuters) - Biden spoke in Wilmington, Delaware. Moderna of Cambridge, Mass. agreed.',
        [
          { text: 'WILMINGTON', type: 'Place' },
          { text: 'Del.', type: 'Place' },
          { text: 'Wilmington', type: 'Place' },
          { text: 'Delaware', type: 'Place' },
          { text: 'Cambridge', type: 'Place' },
          { text: 'Mass.', type: 'Place' },
        ],
      ),
    );
    const byName = Object.fromEntries(out.entities.map((e) => [e.name, e]));
    // one Wilmington, Delaware's (not the larger one of North Carolina), and one Delaware
    expect(byName['Wilmington']).toMatchObject({ countryCode: 'US', geonamesId: 4145381 });
    expect(byName['Wilmington']!.mentions).toHaveLength(2);
    expect(byName['Delaware']!.mentions).toHaveLength(2);
    expect(byName['Cambridge']?.countryCode).toBe('US');
    expect(byName['Massachusetts']?.aliases).toEqual(['Mass.']);
  });

  it('gives a surname alone to the full name it shortens, and ids every mention', () => {
    const out = resolve(
      handState('Jens Stoltenberg arrived in Kyiv. Stoltenberg said the alliance stood firm.', [
        { text: 'Jens Stoltenberg', type: 'Person' },
        { text: 'Kyiv', type: 'Place' },
        { text: 'Stoltenberg', type: 'Person', nth: 1 },
      ]),
    );
    const person = out.entities.find((e) => e.type === 'Person')!;
    expect(person.name).toBe('Jens Stoltenberg');
    expect(person.mentions.map((m) => m.text)).toEqual(['Jens Stoltenberg', 'Stoltenberg']);
    expect(out.mentions.every((m) => m.entity)).toBe(true);
  });

  it('gives a surname of several words, a first name and a headline in capitals to the one full name they shorten', () => {
    const out = resolve(
      handState('SANCHEZ VICARIO WINS. Arantxa Sanchez Vicario beat Saddam Hussein. Sanchez Vicario thanked Saddam.', [
        { text: 'SANCHEZ VICARIO', type: 'Person' },
        { text: 'Arantxa Sanchez Vicario', type: 'Person' },
        { text: 'Saddam Hussein', type: 'Person' },
        { text: 'Sanchez Vicario', type: 'Person', nth: 1 },
        { text: 'Saddam', type: 'Person', nth: 1 },
      ]),
    );
    expect(out.entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Arantxa Sanchez Vicario', 3],
      ['Saddam Hussein', 2],
    ]);
  });

  it('gives a surname without its Arabic article to the full name that has it', () => {
    const out = resolve(
      handState('The strike killed Abu Mahdi al-Muhandis. Muhandis led a militia.', [
        { text: 'Abu Mahdi al-Muhandis', type: 'Person' },
        { text: 'Muhandis', type: 'Person' },
      ]),
    );
    expect(out.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Abu Mahdi al-Muhandis', 2]]);
  });

  it('gives a titled first name to no one else of that first name, and keeps the title', () => {
    const out = resolve(
      handState("The king's aide Hussein Khalaf left. King Hussein called for change.", [
        { text: 'Hussein Khalaf', type: 'Person' },
        { text: 'Hussein', type: 'Person', nth: 1 },
      ]),
    );
    expect(out.entities.map((e) => [e.name, e.titles ?? []])).toEqual([
      ['Hussein Khalaf', []],
      ['Hussein', ['King']],
    ]);
  });

  it('reads a one-off misspelling of the person last named in full as that person, never a name used again', () => {
    const slip = resolve(
      handState('Hanna Malyar spoke on Monday. "It is tense," Maltyar wrote.', [
        { text: 'Hanna Malyar', type: 'Person' },
        { text: 'Maltyar', type: 'Person' },
      ]),
    );
    expect(slip.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Hanna Malyar', 2]]);
    const twoMen = resolve(
      handState('Treasury Secretary Donald Regan met Reagan. Reagan said the dollar was fine.', [
        { text: 'Donald Regan', type: 'Person' },
        { text: 'Reagan', type: 'Person' },
        { text: 'Reagan', type: 'Person', nth: 1 },
      ]),
    );
    expect(twoMen.entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Donald Regan', 1],
      ['Reagan', 2],
    ]);
  });

  it('keeps one type for one surface across the article: the most frequent', () => {
    const out = resolve(
      handState('Ajax beat Feyenoord. Ajax lead the table. Ajax play on Sunday.', [
        { text: 'Ajax', type: 'Organization' },
        { text: 'Feyenoord', type: 'Organization' },
        { text: 'Ajax', type: 'Person', nth: 1 },
        { text: 'Ajax', type: 'Organization', nth: 2 },
      ]),
    );
    expect(out.entities.filter((e) => e.name === 'Ajax').map((e) => [e.type, e.mentions.length])).toEqual([
      ['Organization', 3],
    ]);
  });

  it("gives a curated person's Wikidata id to the surname in an article of that person's years, not to a namesake", () => {
    const text = 'date 1987-03-02\nPresident Reagan met Treasury Secretary Donald Regan. Reagan said little.';
    const out = resolve(
      handState(text, [
        { text: 'Reagan', type: 'Person' },
        { text: 'Donald Regan', type: 'Person' },
        { text: 'Reagan', type: 'Person', nth: 1 },
      ]),
    );
    expect(out.entities.map((e) => [e.name, e.wikidataId ?? null])).toEqual([
      ['Reagan', 'Q9960'],
      ['Donald Regan', null],
    ]);
  });

  it('reads "the Bank" after "the Bank of England" as that bank, and a lone "Bank" or one of another name as its own', () => {
    const out = resolve(
      handState('The Bank of England held rates. The Bank said inflation fell. Texaco Co said the Co would grow.', [
        { text: 'Bank of England', type: 'Organization' },
        { text: 'Bank', type: 'Organization', nth: 1 },
        { text: 'Texaco Co', type: 'Organization' },
        { text: 'Co', type: 'Organization', nth: 1 },
      ]),
    );
    expect(out.entities.map((e) => [e.name, e.aliases, e.mentions.map((m) => m.text)])).toEqual([
      ['Bank of England', [], ['Bank of England', 'Bank']],
      ['Texaco Co', [], ['Texaco Co', 'Co']],
    ]);
    // no earlier organisation of that word: its own entity
    const alone = resolve(handState('The Bank said inflation fell.', [{ text: 'Bank', type: 'Organization' }]));
    expect(alone.entities.map((e) => e.name)).toEqual(['Bank']);
  });
});
