import { extract } from '../../../src/extract';
import { eraName } from '../../../src/extract/lexicon/era-names';

const orgs = (text: string) =>
  extract({ source: 'x.txt', text })
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('era names', () => {
  it("reads EC as the European Community in the Community's years only", () => {
    expect(eraName('EC', 1987)).toBe('European Community');
    expect(eraName('EC', 2023)).toBeUndefined();
    expect(eraName('EC', null)).toBeUndefined();
  });

  it('names a 1987 story\'s "EC" as the European Community, so it is one node with the full name', () => {
    const story = (date: string) =>
      `date ${date}\nLUXEMBOURG, April 9 - EC farm ministers met on Thursday, an EC spokesman said. Reuter\n`;
    expect(orgs(story('1987-04-09'))).toContain('European Community');
    expect(orgs(story('2023-04-09'))).not.toContain('European Community');
  });
});
