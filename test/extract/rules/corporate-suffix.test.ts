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
