import { workTitles } from '../../../src/extract/rules/work-titles';
import { readWith } from './spans';

const read = readWith(workTitles);

describe('workTitles', () => {
  it("reads a name alone in quotation marks as a work's title, and a name in a longer quote as read", () => {
    expect(
      read('The film "Judy," with Renee Zellweger, beat “Joker” and "a film by Sam Mendes".', [
        ['Judy', 'Person'],
        ['Renee Zellweger', 'Person'],
        ['Joker', 'Person'],
        ['Sam Mendes', 'Person'],
      ]),
    ).toEqual([
      ['Judy', 'Misc'],
      ['Renee Zellweger', 'Person'],
      ['Joker', 'Misc'],
      ['Sam Mendes', 'Person'],
    ]);
  });

  it('keeps a name given with a verb of naming, and a nickname before a surname', () => {
    expect(
      read('He was set up by a man called "Raoul." "Buffalo Bill" Cody was born in Iowa.', [
        ['Raoul', 'Person'],
        ['Buffalo Bill', 'Person'],
      ]),
    ).toEqual([
      ['Raoul', 'Person'],
      ['Buffalo Bill', 'Person'],
    ]);
  });
});
