import { namesWithLegalForm } from '../../../src/extract/rules/corporate-suffix';
import { readWith } from './spans';

const read = readWith(namesWithLegalForm);

describe('namesWithLegalForm', () => {
  it('makes a name and the legal form after its comma one organisation, whatever the tagger made of them', () => {
    expect(
      read('The Knight-Ridder, Inc. announced it and Jane Doe, Ltd. heard.', [
        ['Knight-Ridder', 'Place'],
        ['Inc.', 'Organization'],
        ['Jane Doe', 'Person'],
      ]),
    ).toEqual([
      ['Knight-Ridder, Inc.', 'Organization'],
      ['Jane Doe, Ltd.', 'Organization'],
    ]);
  });

  it('ends a company at its legal form before "and" another name, keeping an "and Co" of its own', () => {
    expect(
      read('Analysts at Merrill Lynch and Co and Salomon Brothers Inc said Ford Motor Co and Chrysler Corp agreed.', [
        ['Merrill Lynch and Co and Salomon Brothers Inc', 'Organization'],
        ['Ford Motor Co and Chrysler Corp', 'Organization'],
      ]),
    ).toEqual([
      ['Merrill Lynch and Co', 'Organization'],
      ['Salomon Brothers Inc', 'Organization'],
      ['Ford Motor Co', 'Organization'],
      ['Chrysler Corp', 'Organization'],
    ]);
    // one company whose name holds "and": nothing to split
    expect(read('Procter and Gamble Co said.', [['Procter and Gamble Co', 'Organization']])).toEqual([
      ['Procter and Gamble Co', 'Organization'],
    ]);
  });

  it("takes in the partner before a company's 'and' that no other name holds", () => {
    expect(read("Standard and Poor's Corp said.", [["Poor's Corp", 'Organization']])).toEqual([
      ["Standard and Poor's Corp", 'Organization'],
    ]);
    // a plural opening the sentence, and a name of its own, are no partners
    expect(read('Analysts and Mobil Corp agreed.', [['Mobil Corp', 'Organization']])).toEqual([
      ['Mobil Corp', 'Organization'],
    ]);
    expect(
      read('As Exxon and Mobil Corp did.', [
        ['Exxon', 'Organization'],
        ['Mobil Corp', 'Organization'],
      ]),
    ).toEqual([
      ['Exxon', 'Organization'],
      ['Mobil Corp', 'Organization'],
    ]);
  });

  it('leaves a name before any other comma alone', () => {
    expect(
      read('Paris, Texas, and Acme, said Bob.', [
        ['Paris', 'Place'],
        ['Texas', 'Place'],
        ['Acme', 'Organization'],
      ]),
    ).toEqual([
      ['Paris', 'Place'],
      ['Texas', 'Place'],
      ['Acme', 'Organization'],
    ]);
  });
});
