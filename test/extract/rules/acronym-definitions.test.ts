import { acronymDefinitions } from '../../../src/extract/rules/acronym-definitions';
import { readWith } from './spans';

const read = readWith(acronymDefinitions);

describe('acronymDefinitions', () => {
  it('joins the parts of a name whose capitals spell the acronym in brackets after it', () => {
    const text = 'He said the Committee on Foreign Investment in the United States (CFIUS) had reviewed it.';
    expect(
      read(text, [
        ['Committee', 'Organization'],
        ['Foreign Investment', 'Organization'],
        ['United States', 'Place'],
        ['CFIUS', 'Organization'],
      ]),
    ).toEqual([
      ['Committee on Foreign Investment in the United States', 'Organization'],
      ['CFIUS', 'Organization'],
    ]);
  });

  it('leaves names whose capitals spell no acronym, a person, and a name already whole', () => {
    const text =
      'Officials of Russia and the United States (UN) met. John Fitzgerald Kennedy (JFK) spoke. The World Health Organization (WHO) agreed.';
    const phrases: [string, 'Organization' | 'Place' | 'Person'][] = [
      ['Russia', 'Place'],
      ['United States', 'Place'],
      ['John Fitzgerald', 'Person'],
      ['Kennedy', 'Person'],
      ['World Health Organization', 'Organization'],
    ];
    expect(read(text, phrases)).toEqual(phrases);
  });
});
