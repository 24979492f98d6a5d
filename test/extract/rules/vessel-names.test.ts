import { vesselNames } from '../../../src/extract/rules/vessel-names';
import { readWith } from './spans';

const read = readWith(vesselNames);

describe('vesselNames', () => {
  it('makes a name after a craft noun, and the same name elsewhere, a MISC product', () => {
    const text =
      'Space shuttle Columbia broke apart. Columbia was the oldest shuttle; the container ship Ever Given sailed.';
    expect(
      read(text, [
        ['Columbia', 'Place'],
        ['Ever Given', 'Person'],
      ]),
    ).toEqual([
      ['Columbia', 'Misc'],
      ['Ever Given', 'Misc'],
    ]);
  });

  it('leaves names after a verb of the same letters, or after a carrier of calls, alone', () => {
    expect(
      read('Agents probe Arkansas fires, and mobile carrier Verizon grew.', [
        ['Arkansas', 'Place'],
        ['Verizon', 'Organization'],
      ]),
    ).toEqual([
      ['Arkansas', 'Place'],
      ['Verizon', 'Organization'],
    ]);
  });
});
