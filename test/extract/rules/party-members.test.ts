import { partyMembers } from '../../../src/extract/rules/party-members';
import { readWith } from './spans';

const read = readWith(partyMembers);

describe('partyMembers', () => {
  it("reads a party's members in the plural as no person, and leaves a surname in -s a person", () => {
    expect(
      read('Merz, leader of the Christian Democrats, met Republicans and Tom Jones.', [
        ['Christian Democrats', 'Person'],
        ['Republicans', 'Person'],
        ['Tom Jones', 'Person'],
      ]),
    ).toEqual([
      ['Christian Democrats', 'Misc'],
      ['Republicans', 'Misc'],
      ['Tom Jones', 'Person'],
    ]);
  });
});
