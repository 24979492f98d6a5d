import { interviewSpeakers } from '../../../src/extract/rules/interview-speakers';
import { tokenize } from '../../../src/extract/stages/segment';
import { readWith, typesOf } from './spans';

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
      read(
        '(Text) The Border Patrol Police (Khon Kaen) said. (USTR) Trade rose. (Begin recording) Yes. (Excerpts) Knin',
        [['Khon Kaen', 'Place']],
      ),
    ).toEqual([['Khon Kaen', 'Place']]);
  });

  it('leaves a country or a heading in brackets at the start of a table row alone', () => {
    expect(read('(Finland) Gulf McLaren 171 laps', [['Finland', 'Place']])).toEqual([['Finland', 'Place']]);
    expect(read('(Group) FORECAST YEAR-AGO', [])).toEqual([]);
    expect(read('(Meyerov) Gulf McLaren', [])).toEqual([['Meyerov', 'Person']]);
  });

  it('leaves a nickname after initials alone', () => {
    const text = 'E.F. (Fritz) Schumacher died.';
    const sentence = { start: 5, end: text.length };
    expect(typesOf(text, interviewSpeakers([], tokenize(text, sentence), text))).toEqual([]);
  });
});
