/** The rules' proposals, on hand-built text: the tag stage decides from them afterwards. */
import { parse } from '../../../src/extract/stages/parse';
import { recognize } from '../../../src/extract/stages/recognize';
import { segment } from '../../../src/extract/stages/segment';

const proposed = (text: string) =>
  recognize(segment(parse({ source: 't', text })))
    .mentions.filter((m) => ['Person', 'Organization', 'Place'].includes(m.type))
    .map((m) => `${m.type}: ${m.name ?? m.text}`);

describe('recognize stage', () => {
  it('keeps an adjective opening a sentence when it names an organisation with its head word', () => {
    expect(proposed('Foreign Office Minister Tobias Ellwood spoke on Monday.')).toEqual([
      'Organization: Foreign Office',
      'Person: Tobias Ellwood',
    ]);
  });

  it('still drops a sentence-opening word that is not part of the name', () => {
    expect(proposed('Many Army units crossed the river.')).toEqual(['Organization: Army']);
  });

  it('reads a shouted common word as no acronym, and acronyms as organisations', () => {
    expect(proposed('As others have noted, FINALLY seizing Bakhmut, will not change the strategic dynamic.')).toEqual([
      'Place: Bakhmut',
    ]);
    expect(proposed('NATO and UNICEF met on Monday.')).toEqual(['Organization: NATO', 'Organization: UNICEF']);
  });

  it('names a curated organisation by an alias that is also a surname only where the article gives it context', () => {
    const wagner = (text: string) =>
      recognize(segment(parse({ source: 't', text }))).mentions.filter((m) => m.text === 'Wagner');
    const finance = wagner('Robert Wagner, chairman of Acme Corp, said profits rose. Wagner said shares would rise.');
    expect(finance.map((m) => m.key ?? null)).toEqual([null]);
    const war = wagner('The Wagner Group said it took Soledar. Wagner has recruited prisoners.');
    expect(war.map((m) => [m.type, m.key])).toEqual([['Organization', 'Wagner Group']]);
  });

  it("gives a pronoun opening its sentence to the subject of the sentence before, not its possessor's or a later name", () => {
    const heShe = (text: string) =>
      recognize(segment(parse({ source: 't', text })))
        .mentions.filter((m) => m.rule === 'pronoun')
        .map((m) => `${m.text} -> ${m.name}`);
    expect(
      heShe('Amy Coney Barrett, a judge, fills the seat of the late Ruth Bader Ginsburg. She taught at Notre Dame.'),
    ).toEqual(['She -> Amy Coney Barrett']);
    expect(
      heShe("Mark Philippoussis's compatriot, Jason Stoltenberg, was not as fortunate. He held one match point."),
    ).toEqual(['He -> Jason Stoltenberg']);
  });

  it("reads a place before 'Affairs' as an office's business, not its owner", () => {
    const owners = (text: string) =>
      recognize(segment(parse({ source: 't', text })))
        .mentions.filter((m) => m.type === 'Organization')
        .map((m) => `${m.text}: ${m.countryOf ?? 'none'}`);
    expect(owners("China's Taiwan Affairs Office said so, and the Russian Defence Ministry agreed.")).toEqual([
      'Taiwan Affairs Office: none',
      'Russian Defence Ministry: place:russia',
    ]);
  });
});
