import { extract } from '../../../src/extract/pipeline';

const statementDate = (text: string) => extract({ source: 't', text }).statements[0]?.date ?? null;

describe('relative dates resolve against the article date (Thursday 2023-02-16)', () => {
  const story = (s: string) => `date 2023-02-16 ${s}`;
  it('"on Wednesday" is the day before', () => {
    expect(statementDate(story('Russia said on Wednesday it had taken the town of Soledar.'))).toBe('2023-02-15');
  });
  it('"on Thursday" is the same day', () => {
    expect(statementDate(story('Russia said on Thursday it had taken the town of Soledar.'))).toBe('2023-02-16');
  });
  it('"Jan. 20" is in the same year, a later month in the year before', () => {
    expect(statementDate(story('On Jan. 20, Germany said it would send tanks to Ukraine.'))).toBe('2023-01-20');
    expect(statementDate(story('On Dec. 3, Germany said it would send tanks to Ukraine.'))).toBe('2022-12-03');
  });
  it('has no date when the article has none and the text gives no year', () => {
    expect(statementDate('Russia said on Wednesday it had taken the town of Soledar.')).toBeNull();
  });
});
