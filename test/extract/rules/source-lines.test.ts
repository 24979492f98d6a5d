import { sourceLineNames, sourceLineOf } from '../../../src/extract/rules/source-lines';
import { spansOf, typesOf } from './spans';

const whole = (text: string) => ({ start: 0, end: text.length });
const read = (text: string, phrases: Parameters<typeof spansOf>[1]) =>
  typesOf(text, sourceLineNames(spansOf(text, phrases), sourceLineOf(text, whole(text)), text));

describe('source lines of translated press reports', () => {
  it('split the city from the outlet, whatever the tagger made of them, and the language is no organisation', () => {
    expect(
      read('AU1703101596 Vienna Radio Oesterreich International in German 1500 GMT 17 Mar 96', [
        ['Vienna Radio Oesterreich International', 'Organization'],
        ['German', 'Organization'],
      ]),
    ).toEqual([
      ['Vienna', 'Place'],
      ['Radio Oesterreich International', 'Organization'],
      ['German', 'Misc'],
    ]);
  });

  it('read a city of several words, an outlet in capitals and a dated page', () => {
    expect(read('PY0201120097 Buenos Aires LA NACION in Spanish 1 Jan 97 p 7', [['Aires LA', 'Person']])).toEqual([
      ['Buenos Aires', 'Place'],
      ['LA NACION', 'Organization'],
      ['Spanish', 'Misc'],
    ]);
  });

  it("end a headline's name before the report's number, which names nothing", () => {
    expect(
      read('Minister Visits Ankara Plant BR1103084596 Brasilia Radio Nacional in Portuguese 11 Mar 96', [
        ['Ankara Plant BR', 'Organization'],
        ['BR1103084596 Brasilia', 'Place'],
      ]),
    ).toEqual([
      ['Ankara Plant', 'Organization'],
      ['Brasilia', 'Place'],
      ['Radio Nacional', 'Organization'],
      ['Portuguese', 'Misc'],
    ]);
  });

  it('leave a sentence alone when no known city opens the source, or it is not a source line', () => {
    expect(sourceLineOf('XY1234567890 Zqxville Gazette in English 3 Jan 96', whole('x'.repeat(50)))).toBeNull();
    const said = 'The paper said in English on 3 Jan 96 that Moscow TASS was wrong.';
    expect(sourceLineOf(said, whole(said))).toBeNull();
  });

  it('read a line of a city and an outlet alone, where the outlet is in capitals or names a medium', () => {
    expect(read('Kiev PRAVDA UKRAINY', [['Kiev PRAVDA', 'Person']])).toEqual([
      ['Kiev', 'Place'],
      ['PRAVDA UKRAINY', 'Organization'],
    ]);
    expect(read('Paris Radio France International', [['Paris Radio France International', 'Organization']])).toEqual([
      ['Paris', 'Place'],
      ['Radio France International', 'Organization'],
    ]);
  });

  it('leave a title-case headline, a dateline in capitals, a score and a line with more after it alone', () => {
    for (const text of ['Moscow Orders Audit', 'NEW YORK AP', 'Paris AFP said', 'Chicago 4 HOUSTON 3'])
      expect(sourceLineOf(text, whole(text))).toBeNull();
    const twoLines = 'Kiev PRAVDA UKRAINY reported it.\nMore text.';
    expect(sourceLineOf(twoLines, { start: 0, end: 19 })).toBeNull();
  });
});
