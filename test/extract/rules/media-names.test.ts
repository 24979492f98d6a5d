import { mediaNames } from '../../../src/extract/rules/media-names';
import { readWith } from './spans';

const read = readWith(mediaNames);

describe('mediaNames', () => {
  it('makes a name between a genitive and a medium an organisation, a number after it or not', () => {
    expect(
      read("Borrell told Germany's Phoenix broadcaster and France's Europe 1 radio.", [
        ['Germany', 'Place'],
        ['Phoenix', 'Place'],
        ['France', 'Place'],
        ['Europe', 'Place'],
      ]),
    ).toEqual([
      ['Germany', 'Place'],
      ['Phoenix', 'Organization'],
      ['France', 'Place'],
      ['Europe', 'Organization'],
    ]);
  });

  it('makes a name of two words or more that ends in a medium an organisation, not a person', () => {
    expect(
      read('Arteta told Sky Sports, and Margaret Court told Vatican Radio and Celeste FM.', [
        ['Arteta', 'Person'],
        ['Sky Sports', 'Person'],
        ['Margaret Court', 'Person'],
        ['Vatican Radio', 'Place'],
        ['Celeste FM', 'Person'],
      ]),
    ).toEqual([
      ['Arteta', 'Person'],
      ['Sky Sports', 'Organization'],
      ['Margaret Court', 'Person'],
      ['Vatican Radio', 'Organization'],
      ['Celeste FM', 'Organization'],
    ]);
  });

  it('leaves a place before a medium without a genitive, or after one before another noun, alone', () => {
    expect(
      read("A Phoenix newspaper reported it from Russia's Moscow region.", [
        ['Phoenix', 'Place'],
        ['Moscow', 'Place'],
      ]),
    ).toEqual([
      ['Phoenix', 'Place'],
      ['Moscow', 'Place'],
    ]);
  });
});
