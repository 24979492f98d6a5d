import fc from 'fast-check';
import { splitSentences, tokenize } from '../../../src/extract/stages/segment';

const sentences = (t: string) => splitSentences(t, { start: 0, end: t.length }).map((r) => t.slice(r.start, r.end));

describe('sentences', () => {
  it('does not split after abbreviations and initials', () => {
    expect(sentences('U.S. Defense Secretary Lloyd Austin spoke. On Jan. 20, J. Smith left.')).toEqual([
      'U.S. Defense Secretary Lloyd Austin spoke.',
      'On Jan. 20, J. Smith left.',
    ]);
  });
  it('ends a sentence after the social network X, which is no initial', () => {
    expect(sentences('"I love OpenAI," Altman wrote on X. Microsoft CEO Satya Nadella said so.')).toEqual([
      '"I love OpenAI," Altman wrote on X.',
      'Microsoft CEO Satya Nadella said so.',
    ]);
    expect(sentences('Modi said on social media platform X. Opposition leader Rahul Gandhi disagreed.')).toEqual([
      'Modi said on social media platform X.',
      'Opposition leader Rahul Gandhi disagreed.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('"It is tense." Yes, it is.')).toEqual(['"It is tense."', 'Yes, it is.']);
  });
});

describe('offsets', () => {
  it('every token slices exactly its text out of the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => {
        for (const tok of tokenize(t, { start: 0, end: t.length })) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
      }),
    );
  });
});

describe('hyphenated words', () => {
  const words = (t: string) => tokenize(t, { start: 0, end: t.length }).map((x) => x.text);
  it('splits the names out of compounds, and keeps a romanised given name whole', () => {
    expect(words('ISIL-held and Kremlin-led towns')).toEqual([
      'ISIL',
      '-',
      'held',
      'and',
      'Kremlin',
      '-',
      'led',
      'towns',
    ]);
    expect(words('Kang Young-hoon met Moon Jae-in')).toEqual(['Kang', 'Young-hoon', 'met', 'Moon', 'Jae-in']);
    expect(words('Knight-Ridder')).toEqual(['Knight-Ridder']);
  });
});

describe('apostrophes inside a word', () => {
  const words = (t: string) => tokenize(t, { start: 0, end: t.length }).map((x) => x.text);
  it('keeps a transliterated name whole and still splits off English clitics', () => {
    expect(words("Shi'ite fighters left Sana’a and Da’esh's O'Brien")).toEqual([
      "Shi'ite",
      'fighters',
      'left',
      'Sana’a',
      'and',
      'Da’esh',
      "'s",
      "O'Brien",
    ]);
    expect(words("Don't say I'm sure, they've gone")).not.toContain("Don't");
    expect(words("They've gone and I'm sure")).not.toContain("They've");
  });
});

describe('a period at the end of a sentence', () => {
  const words = (t: string) => tokenize(t, { start: 0, end: t.length }).map((x) => x.text);
  it("is an initialism's or a state's own, and a company suffix's only mid-sentence", () => {
    expect(words('She works in Washington, D.C.')).toEqual(['She', 'works', 'in', 'Washington', ',', 'D.C.']);
    expect(words('He was born in Gary, Ind.')).toEqual(['He', 'was', 'born', 'in', 'Gary', ',', 'Ind.']);
    expect(words('It sold its stake in Lear Corp.')).toEqual(['It', 'sold', 'its', 'stake', 'in', 'Lear', 'Corp', '.']);
  });
});
