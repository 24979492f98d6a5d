import { extract } from '../../../src/extract';
import { namesAgain } from '../../../src/extract/rules/names-again';
import { tokenize } from '../../../src/extract/stages/segment';
import type { Mention } from '../../../src/extract/types';

const names = (text: string) =>
  extract({ source: 'x.txt', text }).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]);

/** namesAgain over one sentence, given the names read in it: the texts of the mentions it adds */
function added(text: string, read: [string, Mention['type']][]): string[] {
  const mentions = read.map(([name, type]): Mention => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type, sentence: 0, rule: 'tagger' };
  });
  const tokens = tokenize(text, { start: 0, end: text.length });
  return namesAgain(mentions, [{ index: 0, tokens }], [], text)
    .filter((m) => m.rule === 'name-again')
    .map((m) => `${m.text}/${m.type}`);
}

describe('namesAgain', () => {
  it('reads the words of a name read elsewhere in the article as that name again', () => {
    expect(
      added('Texaco Inc said it would appeal. Texaco said talks were over.', [['Texaco Inc', 'Organization']]),
    ).toEqual([]);
    expect(
      added('Shares of Texaco fell. Texaco said talks were over, as Texaco-Getty did.', [['Texaco', 'Organization']]),
    ).toEqual(['Texaco/Organization']);
  });

  it('leaves a lone common word alone', () => {
    expect(added('The Bank said it bought dollars. Bank officials agreed.', [['Bank', 'Organization']])).toEqual([]);
  });

  it("reads an organisation's acronym the tagger passed over as that organisation", () => {
    expect(
      names(
        'date 1987-04-03\nDETROIT, April 3 - General Motors Corp said it would raise prices. GM said costs rose.\n',
      ),
    ).toContainEqual(['Organization', 'General Motors Corp', ['General Motors Corp', 'GM']]);
  });

  it('reads such an acronym in running text even where it is also an English word, not inside a longer word', () => {
    expect(
      added('The Bureau of Public Works said so. WHO officials and BPW staff met; BPW1401 is a code.', [
        ['Bureau of Public Works', 'Organization'],
      ]),
    ).toEqual(['BPW/Organization']);
    expect(
      added('The World Health Organization met. WHO Director-General Tedros spoke.', [
        ['World Health Organization', 'Organization'],
      ]),
    ).toEqual(['WHO/Organization']);
    expect(
      added('WORLD HEALTH ORGANIZATION CHIEF: WHO SAYS PANDEMIC ENDS', [['WORLD HEALTH ORGANIZATION', 'Organization']]),
    ).toEqual([]);
  });
});
