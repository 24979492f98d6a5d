import { surnamesAgain } from '../../../src/extract/rules/surnames-again';
import type { Mention } from '../../../src/extract/types';

const mention = (text: string, type: Mention['type'], rule = 'tagger'): Mention => ({
  start: 0,
  end: text.length,
  text,
  type,
  sentence: 0,
  rule,
});

describe('surnamesAgain', () => {
  it("reads a MISC word that is a person's surname in the article as that person", () => {
    const out = surnamesAgain([mention('Gerald R. Ford', 'Person'), mention('Ford', 'Misc')]);
    expect(out.map((m) => m.type)).toEqual(['Person', 'Person']);
  });

  it("leaves a people's word and a MISC name no person ends in alone", () => {
    const out = surnamesAgain([mention('Mark German', 'Person'), mention('German', 'Misc'), mention('Ford', 'Misc')]);
    expect(out.map((m) => m.type)).toEqual(['Person', 'Misc', 'Misc']);
  });
});
