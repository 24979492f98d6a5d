import { extract } from '../../../src/extract/pipeline';

const named = (text: string) =>
  extract({ source: 't', text })
    .entities.filter((e) => e.type !== 'Event')
    .map((e) => `${e.type}: ${e.name}`);

describe('recognize stage', () => {
  it('keeps an adjective opening a sentence when it names an organisation with its head word', () => {
    expect(named('Foreign Office Minister Tobias Ellwood spoke on Monday.')).toEqual([
      'Organization: Foreign Office',
      'Person: Tobias Ellwood',
    ]);
  });

  it('still drops a sentence-opening word that is not part of the name', () => {
    expect(named('Many Army units crossed the river.')).toEqual(['Organization: Army']);
  });

  it('reads a shouted common word as no acronym, and acronyms as organisations', () => {
    expect(named('As others have noted, FINALLY seizing Bakhmut, will not change the strategic dynamic.')).toEqual([
      'Place: Bakhmut',
    ]);
    expect(named('NATO and UNICEF met on Monday.')).toEqual(['Organization: NATO', 'Organization: UNICEF']);
  });
});
