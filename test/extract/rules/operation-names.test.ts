import { operationNames } from '../../../src/extract/rules/operation-names';
import { tokenize } from '../../../src/extract/stages/segment';
import { spansOf, typesOf } from './spans';

describe('operationNames', () => {
  it('makes operations, exercises and ships MISC, and leaves the forces that run them alone', () => {
    const text =
      'The Navy sent USS Mahan to Operation Inherent Resolve and Exercise Eager Lion; Operation planners met.';
    const spans = spansOf(text, [
      ['Navy', 'Organization'],
      ['USS Mahan', 'Organization'],
      ['Operation Inherent Resolve', 'Organization'],
      ['Exercise Eager Lion', 'Place'],
      ['Operation', 'Organization'],
    ]);
    expect(typesOf(text, operationNames(spans, tokenize(text, { start: 0, end: text.length })))).toEqual([
      ['Navy', 'Organization'],
      ['USS Mahan', 'Misc'],
      ['Operation Inherent Resolve', 'Misc'],
      ['Exercise Eager Lion', 'Misc'],
      ['Operation', 'Organization'],
    ]);
  });
});
