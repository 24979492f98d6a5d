import { personsAfterOffices } from '../../../src/extract/rules/office-phrases';
import { readWith } from './spans';

const read = readWith(personsAfterOffices);

describe('personsAfterOffices', () => {
  it("starts a person after an office named with 'of' at the holder's given name", () => {
    expect(
      read('Chancellor of the Exchequer Nigel Lawson said the dollar had found a floor.', [
        ['Exchequer Nigel Lawson', 'Person'],
      ]),
    ).toEqual([['Nigel Lawson', 'Person']]);
    expect(read('Secretary of Defense William Perry arrived.', [['Defense William Perry', 'Person']])).toEqual([
      ['William Perry', 'Person'],
    ]);
  });

  it('leaves a name alone after no title, or where it opens with the given name', () => {
    expect(read('The Bank of England Mark Carney', [['England Mark Carney', 'Person']])).toEqual([
      ['England Mark Carney', 'Person'],
    ]);
    expect(read('Minister of Finance Peter Costello said.', [['Peter Costello', 'Person']])).toEqual([
      ['Peter Costello', 'Person'],
    ]);
  });
});
