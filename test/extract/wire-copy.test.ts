/**
 * Wire copy of the 1980s, as issues 15 and 16 found it in 500 Reuters stories of 1987: stories
 * written here in that style (test/fixtures/wire), read as a user of the graph would read them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/extract';

const story = (name: string) => {
  const file = path.join(__dirname, '../fixtures/wire', `${name}.txt`);
  const out = extract({ source: file, text: fs.readFileSync(file, 'utf8') });
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return {
    out,
    entities: out.entities.filter((e) => e.type !== 'Event').map((e) => `${e.type} ${e.name}`),
    facts: out.relations.map((r) => `${r.type} ${names.get(r.source)} -> ${names.get(r.target)}`),
  };
};

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
