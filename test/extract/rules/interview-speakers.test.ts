import { interviewSpeakers } from '../../../src/extract/rules/interview-speakers';
import { readWith } from './spans';

const read = readWith(interviewSpeakers);

describe('interviewSpeakers', () => {
  it("makes the bracketed name that opens an interview's turn a person, whatever the tagger read", () => {
    expect(
      read('I asked Minister Mikhaylov: (Gubarev) How did Ukraine lose? (Korochkin) Yes, quite right.', [
        ['Mikhaylov', 'Person'],
        ['Ukraine', 'Place'],
        ['Korochkin', 'Place'],
      ]),
    ).toEqual([
      ['Mikhaylov', 'Person'],
      ['Gubarev', 'Person'],
      ['Ukraine', 'Place'],
      ['Korochkin', 'Person'],
    ]);
  });

  it("leaves editors' marks, acronyms and brackets inside a sentence alone", () => {
    expect(
      read('(Text) The Border Patrol Police (Khon Kaen) said. (USTR) Trade rose. (Begin recording) Yes.', [
        ['Khon Kaen', 'Place'],
      ]),
    ).toEqual([['Khon Kaen', 'Place']]);
  });
});
