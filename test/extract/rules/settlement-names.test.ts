import { settlementNames } from '../../../src/extract/rules/settlement-names';
import { readWith } from './spans';

const read = readWith(settlementNames);

describe('settlementNames', () => {
  it('reads a "person" after the noun of a settlement and "of" as the place', () => {
    expect(read('He left for the Red Sea resort of Sharm el-Sheikh.', [['Sharm el-Sheikh', 'Person']])).toEqual([
      ['Sharm el-Sheikh', 'Place'],
    ]);
  });

  it('leaves a person after an office "of State" alone', () => {
    expect(read('Secretary of State John Kerry spoke.', [['John Kerry', 'Person']])).toEqual([
      ['John Kerry', 'Person'],
    ]);
  });
});
