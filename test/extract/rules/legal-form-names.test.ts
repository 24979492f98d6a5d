import { legalFormNames } from '../../../src/extract/rules/legal-form-names';
import { readWith } from './spans';

const read = readWith(legalFormNames);

describe('legalFormNames', () => {
  it('reads a capitalised name before a legal form the tagger passed over as a company', () => {
    expect(
      read('A week after Pfizer Inc and German partner BioNTech SE reported results.', [
        ['Pfizer Inc', 'Organization'],
      ]),
    ).toEqual([
      ['Pfizer Inc', 'Organization'],
      ['BioNTech SE', 'Organization'],
    ]);
  });

  it('leaves a form the tagger read, a form that is also something else, and a form after no name', () => {
    const kept: [string, 'Organization'][] = [['Gencor Ltd', 'Organization']];
    expect(read('Gencor Ltd said. Winds came from the SE. It moved to Co Durham.', kept)).toEqual(kept);
  });
});
