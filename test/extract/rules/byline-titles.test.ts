import { bylineTitles } from '../../../src/extract/rules/byline-titles';
import { readWith } from './spans';

const read = readWith(bylineTitles);

describe('bylineTitles', () => {
  it("ends a byline's organisation before its job title, and after an acronym before the beat", () => {
    expect(read('By Marcia Dunn, AP Aerospace Writer', [['AP Aerospace Writer', 'Organization']])).toEqual([
      ['AP', 'Organization'],
    ]);
    expect(
      read('By Jane Roe, Financial Times Chief Correspondent', [
        ['Financial Times Chief Correspondent', 'Organization'],
      ]),
    ).toEqual([['Financial Times', 'Organization']]);
  });

  it('leaves an organisation alone that ends in no job noun', () => {
    expect(read('the Joint Chiefs of Staff met', [['Joint Chiefs of Staff', 'Organization']])).toEqual([
      ['Joint Chiefs of Staff', 'Organization'],
    ]);
  });
});
