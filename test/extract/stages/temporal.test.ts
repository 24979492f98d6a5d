import { temporal } from '../../../src/extract/stages/temporal';
import { handState } from './hand-state';

/** The Date mentions the stage adds, as [text, ISO value]. */
const dates = (text: string) =>
  temporal(handState(text))
    .mentions.filter((m) => m.type === 'Date')
    .map((m) => [m.text, m.value ?? null]);

describe('temporal stage: relative dates resolve against the article date (Thursday 2023-02-16)', () => {
  const story = (s: string) => `date 2023-02-16 ${s}`;
  it('"on Wednesday" is the day before, and the mention leaves out "on"', () => {
    expect(dates(story('Russia said on Wednesday it had taken the town of Soledar.'))).toEqual([
      ['Wednesday', '2023-02-15'],
    ]);
  });
  it('"on Thursday" is the same day', () => {
    expect(dates(story('Russia said on Thursday it had taken the town of Soledar.'))).toEqual([
      ['Thursday', '2023-02-16'],
    ]);
  });
  it('"Jan. 20" is in the same year, a later month in the year before', () => {
    expect(dates(story('On Jan. 20, Germany said it would send tanks to Ukraine.'))).toContainEqual([
      expect.stringContaining('Jan. 20'),
      '2023-01-20',
    ]);
    expect(dates(story('On Dec. 3, Germany said it would send tanks to Ukraine.'))).toContainEqual([
      expect.stringContaining('Dec. 3'),
      '2022-12-03',
    ]);
  });
  it('a later day after a verb of the future is the coming one', () => {
    expect(dates(story('The ministers said they would meet again in Brussels on March 27.'))).toContainEqual([
      expect.stringContaining('March 27'),
      '2023-03-27',
    ]);
    expect(dates(story('Elections will be held on September 14.'))).toContainEqual([
      expect.stringContaining('September 14'),
      '2023-09-14',
    ]);
    // the same day after a verb of the past is last year's
    expect(dates(story('The ministers met in Brussels on March 27.'))).toContainEqual([
      expect.stringContaining('March 27'),
      '2022-03-27',
    ]);
  });

  it('has no value when the article has no date and the text gives no year', () => {
    expect(dates('Russia said on Wednesday it had taken the town of Soledar.')).toEqual([['Wednesday', null]]);
  });
  it('places no relative date in an undated article, however sure chrono is of its year', () => {
    // chrono counts the year of "last week" as known, from a stand-in reference date
    expect(
      dates('The factions agreed a truce last week after a week of fighting, a year earlier than planned.'),
    ).toEqual([
      ['last week', null],
      ['after a week', null],
      ['a year earlier', null],
    ]);
    expect(dates('The truce of Aug. 26, 1996 held.')).toEqual([['Aug. 26, 1996', '1996-08-26']]);
  });
});
