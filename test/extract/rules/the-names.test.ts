import { theNames } from '../../../src/extract/rules/the-names';
import { readWith } from './spans';

const read = readWith(theNames);

describe('theNames', () => {
  it('makes a person read right after "the" at the end of its phrase an organisation, or a place the gazetteer knows', () => {
    expect(
      read('Hou Yu-ih of the Kuomintang and Ko Wen-je spoke; the Stern Gang, based in the Sudan, fled.', [
        ['Kuomintang', 'Person'],
        ['Stern Gang', 'Person'],
        ['Sudan', 'Person'],
      ]),
    ).toEqual([
      ['Kuomintang', 'Organization'],
      ['Stern Gang', 'Organization'],
      ['Sudan', 'Place'],
    ]);
  });

  it('leaves families, titled and given names, two names sharing a noun, and a name before a noun', () => {
    expect(
      read(
        'the Kennedys, the Rev. Jesse Jackson, the Frank Lloyd Wright, the Marchal and Lambrecks case, the Clinton administration.',
        [
          ['Kennedys', 'Person'],
          ['Rev. Jesse Jackson', 'Person'],
          ['Frank Lloyd Wright', 'Person'],
          ['Marchal', 'Person'],
          ['Clinton', 'Person'],
        ],
      ),
    ).toEqual([
      ['Kennedys', 'Person'],
      ['Rev. Jesse Jackson', 'Person'],
      ['Frank Lloyd Wright', 'Person'],
      ['Marchal', 'Person'],
      ['Clinton', 'Person'],
    ]);
  });
});
