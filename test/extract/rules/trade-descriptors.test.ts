import { tradeDescriptors } from '../../../src/extract/rules/trade-descriptors';
import { readWith } from './spans';

const read = readWith(tradeDescriptors);

describe('tradeDescriptors', () => {
  it('drops the words that open a sentence describing the company it names, and nothing else', () => {
    expect(
      read('Cybersecurity firm FireEye Inc said it was hacked.', [
        ['Cybersecurity', 'Organization'],
        ['FireEye Inc', 'Organization'],
      ]),
    ).toEqual([['FireEye Inc', 'Organization']]);
    // not past the sentence's first word, nor a person's name before a noun
    const kept: [string, 'Organization' | 'Person'][] = [
      ['Reuters', 'Organization'],
      ['Apple', 'Organization'],
    ];
    expect(read('Reuters said the Apple company Beats grew.', kept)).toEqual(kept);
    expect(
      read('Smith company Acme grew.', [
        ['Smith', 'Person'],
        ['Acme', 'Organization'],
      ]),
    ).toEqual([
      ['Smith', 'Person'],
      ['Acme', 'Organization'],
    ]);
  });

  it('takes a noun of a trade off the name it opens a sentence with, but not a word that opens names', () => {
    expect(
      read('Insurer American International Group Inc sought a loan.', [
        ['Insurer American International Group Inc', 'Organization'],
      ]),
    ).toEqual([['American International Group Inc', 'Organization']]);
    expect(read('Club Med said so.', [['Club Med', 'Organization']])).toEqual([['Club Med', 'Organization']]);
    expect(
      read('Opposition Labour Party leader Jeremy Corbyn said so.', [
        ['Opposition Labour Party', 'Organization'],
        ['Jeremy Corbyn', 'Person'],
      ]),
    ).toEqual([
      ['Labour Party', 'Organization'],
      ['Jeremy Corbyn', 'Person'],
    ]);
  });
});
