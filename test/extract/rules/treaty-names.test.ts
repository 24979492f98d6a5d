import { treatyNames } from '../../../src/extract/rules/treaty-names';
import { readWith } from './spans';

const read = readWith(treatyNames);

describe('treatyNames', () => {
  it("reads a treaty's name as no person, place or body, with its head word or before it", () => {
    expect(
      read(
        'The Abraham Accords follow the Paris Agreement, the Kyoto Protocol and the Sino-British Joint Declaration. He said so.',
        [
          ['Abraham Accords', 'Person'],
          ['Paris', 'Place'],
          ['Kyoto Protocol', 'Organization'],
          ['Sino-British Joint Declaration', 'Organization'],
        ],
      ),
    ).toEqual([
      ['Abraham Accords', 'Misc'],
      ['Paris', 'Misc'],
      ['Kyoto Protocol', 'Misc'],
      ['Sino-British Joint Declaration', 'Misc'],
    ]);
  });

  it('keeps a body whose name goes on past the word, and names before other words', () => {
    expect(
      read('The North Atlantic Treaty Organization met in Paris on the agreement.', [
        ['North Atlantic Treaty Organization', 'Organization'],
        ['North Atlantic', 'Place'],
        ['Paris', 'Place'],
      ]),
    ).toEqual([
      ['North Atlantic Treaty Organization', 'Organization'],
      ['North Atlantic', 'Place'],
      ['Paris', 'Place'],
    ]);
  });
});
