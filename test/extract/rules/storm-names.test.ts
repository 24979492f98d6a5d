import { stormNames } from '../../../src/extract/rules/storm-names';
import { readWith } from './spans';

const read = readWith(stormNames);

describe('stormNames', () => {
  it("reads a storm's name after its word as the storm's, without the word", () => {
    expect(
      read('Hurricane Laura hit Louisiana after Typhoon Haiyan hit Tacloban.', [
        ['Hurricane Laura', 'Person'],
        ['Louisiana', 'Place'],
        ['Haiyan', 'Place'],
        ['Tacloban', 'Place'],
      ]),
    ).toEqual([
      ['Laura', 'Misc'],
      ['Louisiana', 'Place'],
      ['Haiyan', 'Misc'],
      ['Tacloban', 'Place'],
    ]);
  });

  it('keeps a body whose name holds the word', () => {
    expect(read('The National Hurricane Center said so.', [['National Hurricane Center', 'Organization']])).toEqual([
      ['National Hurricane Center', 'Organization'],
    ]);
  });
});
