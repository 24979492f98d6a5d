import { organisationNames } from '../../../src/extract/stages/org-names';
import { resolve } from '../../../src/extract/stages/resolve';
import { handState } from './hand-state';

describe('organisation names within an article', () => {
  it('joins suffixes, owning countries and acronyms under the fullest name', () => {
    const names = organisationNames([
      'Exxon Corp',
      'Exxon',
      'General Motors Corp',
      'GM',
      'Securities and Exchange Commission',
      'SEC',
      'U.S. Agriculture Department',
      'Agriculture Department',
    ]);
    expect(Object.fromEntries(names)).toEqual({
      'Exxon Corp': 'Exxon Corp',
      Exxon: 'Exxon Corp',
      'General Motors Corp': 'General Motors Corp',
      GM: 'General Motors Corp',
      'Securities and Exchange Commission': 'Securities and Exchange Commission',
      SEC: 'Securities and Exchange Commission',
      'U.S. Agriculture Department': 'U.S. Agriculture Department',
      'Agriculture Department': 'U.S. Agriculture Department',
    });
  });

  it('joins an institution to its name with a country of two words before it, whichever comes first', () => {
    expect(
      Object.fromEntries(organisationNames(['Senate', 'United States Senate', 'South Korea Coast Guard'])),
    ).toEqual({
      Senate: 'United States Senate',
      'United States Senate': 'United States Senate',
      'South Korea Coast Guard': 'South Korea Coast Guard',
    });
  });

  it("joins a headline's name with its country word to the story's name with a legal form", () => {
    const names = organisationNames(['BRITISH AIRWAYS', 'British Airways Plc', 'British Caledonian Group Plc', 'BA']);
    expect(Object.fromEntries(names)).toEqual({
      'BRITISH AIRWAYS': 'British Airways Plc',
      'British Airways Plc': 'British Airways Plc',
      'British Caledonian Group Plc': 'British Caledonian Group Plc',
      BA: 'British Airways Plc',
    });
  });

  it("names an organisation in running text's case rather than a headline's", () => {
    expect(Object.fromEntries(organisationNames(['BUNDESBANK', 'Bundesbank']))).toEqual({
      BUNDESBANK: 'Bundesbank',
      Bundesbank: 'Bundesbank',
    });
  });

  it('joins a department named by its field alone to the one department of that field', () => {
    expect(
      Object.fromEntries(organisationNames(['Commerce', 'Commerce Department', 'Agriculture', 'Treasury Department'])),
    ).toEqual({
      Commerce: 'Commerce Department',
      'Commerce Department': 'Commerce Department',
      Agriculture: 'Agriculture',
      'Treasury Department': 'Treasury Department',
    });
  });

  it("joins a common word to the one company's name with a legal form it opens, and to no other name", () => {
    expect(
      Object.fromEntries(
        organisationNames(['Zoom Video Communications Inc', 'Zoom', 'Trade Development Bank', 'Trade', 'Bank']),
      ),
    ).toEqual({
      'Zoom Video Communications Inc': 'Zoom Video Communications Inc',
      Zoom: 'Zoom Video Communications Inc',
      'Trade Development Bank': 'Trade Development Bank',
      Trade: 'Trade',
      Bank: 'Bank',
    });
  });

  it('joins a party named without "Party" to the party, even where its name is a common word', () => {
    expect(Object.fromEntries(organisationNames(['Labour Party', 'Labour', 'Green', 'Bank']))).toEqual({
      'Labour Party': 'Labour Party',
      Labour: 'Labour Party',
      Green: 'Green',
      Bank: 'Bank',
    });
  });

  it('joins a team named without its town to the team, not a word of direction nor a common word', () => {
    expect(
      Object.fromEntries(
        organisationNames([
          'Boston Celtics',
          'Celtics',
          'Boston Red Sox',
          'Red Sox',
          'North Melbourne',
          'Melbourne',
          'Manchester United',
          'United',
        ]),
      ),
    ).toEqual({
      'Boston Celtics': 'Boston Celtics',
      Celtics: 'Boston Celtics',
      'Boston Red Sox': 'Boston Red Sox',
      'Red Sox': 'Boston Red Sox',
      'North Melbourne': 'North Melbourne',
      Melbourne: 'Melbourne',
      'Manchester United': 'Manchester United',
      United: 'United',
    });
  });

  it('joins a company named by its first words to the one longer name they open', () => {
    expect(
      Object.fromEntries(
        organisationNames([
          'Shearson Lehman Brothers Holdings Inc',
          'Shearson',
          'Dacom Corp',
          'Dacom International',
          'Chemical Bank',
          'Chemical New York Corp',
          'Chemical',
          'China',
          'China National Petroleum Corp',
          'Nippon Life',
          'Nippon Life Insurance Co',
        ]),
      ),
    ).toEqual({
      'Shearson Lehman Brothers Holdings Inc': 'Shearson Lehman Brothers Holdings Inc',
      Shearson: 'Shearson Lehman Brothers Holdings Inc',
      // a name with a legal form is a whole name; two longer names, or a place, leave it alone
      'Dacom Corp': 'Dacom Corp',
      'Dacom International': 'Dacom International',
      'Chemical Bank': 'Chemical Bank',
      'Chemical New York Corp': 'Chemical New York Corp',
      Chemical: 'Chemical',
      China: 'China',
      'China National Petroleum Corp': 'China National Petroleum Corp',
      // its first word is a country's ("Nippon"), kept in the name it opens
      'Nippon Life': 'Nippon Life Insurance Co',
      'Nippon Life Insurance Co': 'Nippon Life Insurance Co',
    });
  });

  it('joins an acronym defined in brackets whose letters the name spells in order', () => {
    const names = organisationNames(
      ['International Cocoa Organization', 'ICCO', 'Real Madrid', 'ESP'],
      [
        ['International Cocoa Organization', 'ICCO'],
        ['Real Madrid', 'ESP'],
      ],
    );
    expect(names.get('ICCO')).toBe('International Cocoa Organization');
    expect(names.get('ESP')).toBe('ESP');
  });

  it('joins an acronym in apposition to the name it follows, its letters in any order', () => {
    const text = 'The U.S. Agriculture Department, USDA, said stocks fell. USDA officials agreed.';
    const out = resolve(
      handState(text, [
        { text: 'U.S. Agriculture Department', type: 'Organization' },
        { text: 'USDA', type: 'Organization' },
        { text: 'USDA', type: 'Organization', nth: 1 },
      ]),
    );
    expect(out.entities.map((e) => [e.name, e.mentions.length])).toEqual([['U.S. Agriculture Department', 3]]);
  });

  it('makes an acronym of an organisation named in the article that organisation, whatever type it was read as', () => {
    const text =
      'The Ministry of International Trade and Industry said exports rose. MITI expects more. The US agreed.';
    const out = resolve(
      handState(text, [
        { text: 'Ministry of International Trade and Industry', type: 'Organization' },
        { text: 'MITI', type: 'Place' },
        { text: 'US', type: 'Place' },
      ]),
    );
    expect(out.entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ['Organization', 'Ministry of International Trade and Industry', 2],
      ['Place', 'United States', 1],
    ]);
  });

  it("never joins two countries' ministries, nor a bare name that could be either", () => {
    const names = organisationNames(['Russian Defense Ministry', 'Ukrainian Defense Ministry', 'Defense Ministry']);
    expect(new Set(names.values()).size).toBe(3);
  });

  it('leaves an acronym alone when two names spell it', () => {
    const names = organisationNames(['Securities and Exchange Commission', 'Space Exploration Council', 'SEC']);
    expect(names.get('SEC')).toBe('SEC');
  });

  it("joins an acronym defined in brackets whose letters are the name's initials in its own language's order", () => {
    const names = ['Institutional Revolutionary Party', 'PRI', 'Bayern Munich', 'GER'];
    const defined: [string, string][] = [
      ['Institutional Revolutionary Party', 'PRI'], // Partido Revolucionario Institucional
      ['Bayern Munich', 'GER'], // a country code in a results line: other letters
    ];
    const joined = organisationNames(names, defined);
    expect(joined.get('PRI')).toBe('Institutional Revolutionary Party');
    expect(joined.get('GER')).toBe('GER');
    // undefined in the text, the letters in another order are no acronym of it
    expect(organisationNames(names).get('PRI')).toBe('PRI');
  });

  it('makes one entity of them in the resolve stage, with every form an alias', () => {
    const text = 'The Securities and Exchange Commission (SEC) looked into Exxon Corp. The SEC said Exxon agreed.';
    const out = resolve(
      handState(text, [
        { text: 'Securities and Exchange Commission', type: 'Organization' },
        { text: 'SEC', type: 'Organization' },
        { text: 'Exxon Corp', type: 'Organization' },
        { text: 'SEC', type: 'Organization', nth: 1 },
        { text: 'Exxon', type: 'Organization', nth: 1 },
      ]),
    );
    expect(out.entities.map((e) => [e.name, e.mentions.length, e.aliases])).toEqual([
      ['Securities and Exchange Commission', 3, ['SEC']],
      ['Exxon Corp', 2, ['Exxon']],
    ]);
  });

  it('reads the definitions in brackets from the text in the resolve stage', () => {
    const text = 'The Institutional Revolutionary Party (PRI) lost. The PRI said it would appeal.';
    const out = resolve(
      handState(text, [
        { text: 'Institutional Revolutionary Party', type: 'Organization' },
        { text: 'PRI', type: 'Organization' },
        { text: 'PRI', type: 'Organization', nth: 1 },
      ]),
    );
    expect(out.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Institutional Revolutionary Party', 3]]);
  });
});
