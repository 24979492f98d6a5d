/**
 * Wire copy of the 1980s, as issues 15 and 16 found it in 500 Reuters stories of 1987: stories
 * written here in that style (test/fixtures/wire), read as a user of the graph would read them.
 */
import { storyIn } from './fixture-story';

const story = storyIn('wire');

describe('wire copy of the 1980s', () => {
  it('reads the sign-off as the publisher, not a person, and an office as no part of a name', () => {
    const { out, entities } = story('bundesbank');
    expect(out.article.publisher).toBe('Reuters');
    expect(entities).not.toContain('Person Reuter');
    expect(entities).toEqual(expect.arrayContaining(['Person Nigel Lawson', 'Organization Bundesbank']));
  });

  it('splits companies joined by "and", and reads no home from the dateline', () => {
    const { entities, facts } = story('gm');
    expect(entities).toEqual(
      expect.arrayContaining([
        'Organization Ford Motor Co',
        'Organization Chrysler Corp',
        'Organization Merrill Lynch and Co',
        'Organization Salomon Brothers Inc',
      ]),
    );
    expect(facts).not.toContain('LIVES_IN Roger Smith -> Detroit');
  });

  it("joins an organisation's acronyms and short forms to its name", () => {
    const { out } = story('usda');
    const usda = out.entities.find((e) => e.name === 'U.S. Agriculture Department')!;
    expect(usda.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['USDA', 'Agriculture']));
    // the curated table's OPEC, defined here by its acronym in apposition
    expect(out.entities.find((e) => e.name === 'OPEC')!.mentions.map((m) => m.text)).toEqual([
      'Organization of Petroleum Exporting Countries',
      'OPEC',
    ]);
  });
});
