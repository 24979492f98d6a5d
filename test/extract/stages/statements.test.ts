import { extract } from '../../../src/extract/pipeline';

const statementsOf = (text: string) => {
  const out = extract({ source: 't', text });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.statements.map((s) => ({ speaker: name.get(s.speaker ?? '') ?? null, direct: s.direct, text: s.text }));
};

describe('statements stage', () => {
  it('attributes a quote to the person, not the organisation closing their appositive', () => {
    const [s] = statementsOf(
      'Gen. Joseph Votel, commander of U.S. Central Command said, "We have been very clear from the outset of this campaign."',
    );
    expect(s).toMatchObject({ speaker: 'Joseph Votel', direct: true });
  });

  it('takes "X said:" closing a line as X quoting the next paragraph verbatim', () => {
    const text = [
      'Minister Tobias Ellwood said:',
      'We are concerned by reports of ceasefire violations. We call on all parties to respect it.',
      'The talks resume on Monday in Geneva.',
    ].join('\n\n');
    expect(statementsOf(text)).toEqual([
      {
        speaker: 'Tobias Ellwood',
        direct: true,
        text: 'We are concerned by reports of ceasefire violations. We call on all parties to respect it.',
      },
    ]);
  });

  it('quotes the words after "said:" on the same line, without the colon', () => {
    expect(statementsOf('Philip Hammond said: We are targeting the developers of chemical weapons.')).toEqual([
      { speaker: 'Philip Hammond', direct: true, text: 'We are targeting the developers of chemical weapons' },
    ]);
  });

  it('finds no statement in a passive "was announced by"', () => {
    expect(statementsOf('The ceasefire was announced by Russia and Turkey on 29 December.')).toEqual([]);
  });
});
