import { kinPossessors } from '../../../src/extract/rules/kin-possessors';
import { readWith } from './spans';

const read = readWith(kinPossessors);

describe('kinPossessors', () => {
  it("makes a name a person where its genitive owns a kinship noun, with or without the 's", () => {
    expect(
      read("Higgins' sister said so near Nelson's hometown of Abbott, where Acme's wife works.", [
        ['Higgins', 'Organization'],
        ['Nelson', 'Place'],
        ['Abbott', 'Place'],
        ['Acme', 'Organization'],
      ]),
    ).toEqual([
      ['Higgins', 'Person'],
      ['Nelson', 'Person'],
      ['Abbott', 'Place'],
      ['Acme', 'Person'],
    ]);
  });

  it('leaves a name whose genitive owns another noun, and a place after "of", alone', () => {
    expect(
      read("Russia's army and Ukraine's children met Princess Caroline of Monaco's husband.", [
        ['Russia', 'Place'],
        ['Ukraine', 'Place'],
        ['Princess Caroline', 'Person'],
        ['Monaco', 'Place'],
      ]),
    ).toEqual([
      ['Russia', 'Place'],
      ['Ukraine', 'Place'],
      ['Princess Caroline', 'Person'],
      ['Monaco', 'Place'],
    ]);
  });
});
