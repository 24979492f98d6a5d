import { statements } from '../../../src/extract/stages/statements';
import type { Relation } from '../../../src/extract/types';
import { resolvedState, type HandMention } from './hand-state';

const statementsOf = (text: string, mentions: HandMention[], relations: Relation[] = []) =>
  statements({ ...resolvedState(text, mentions), relations }).statements.map((s) => ({
    speaker: s.speaker,
    direct: s.direct,
    text: s.text,
  }));

const votel: HandMention = { text: 'Joseph Votel', type: 'Person', entity: 'person:joseph-votel' };

describe('statements stage', () => {
  it('attributes a quote to the person holding a position at the organisation closing their appositive', () => {
    const text =
      'Gen. Joseph Votel, commander of U.S. Central Command said, "We have been very clear from the outset of this campaign."';
    const centcom: HandMention = { text: 'U.S. Central Command', type: 'Organization', entity: 'organization:centcom' };
    const holds: Relation = {
      type: 'HOLDS_POSITION',
      source: 'person:joseph-votel',
      target: 'organization:centcom',
      properties: { title: 'commander' },
      evidence: [{ sentence: 0, start: 0, end: text.length }],
      confidence: 0.9,
    };
    const [s] = statementsOf(text, [votel, centcom], [holds]);
    expect(s).toMatchObject({ speaker: 'person:joseph-votel', direct: true });
  });

  it('takes "X said:" closing a line as X quoting the next paragraph verbatim', () => {
    const text = [
      'Minister Tobias Ellwood said:',
      'We are concerned by reports of ceasefire violations. We call on all parties to respect it.',
      'The talks resume on Monday in Geneva.',
    ].join('\n\n');
    expect(
      statementsOf(text, [
        { text: 'Tobias Ellwood', type: 'Person', entity: 'person:tobias-ellwood' },
        { text: 'Geneva', type: 'Place', entity: 'place:geneva' },
      ]),
    ).toEqual([
      {
        speaker: 'person:tobias-ellwood',
        direct: true,
        text: 'We are concerned by reports of ceasefire violations. We call on all parties to respect it.',
      },
    ]);
  });

  it('quotes the words after "said:" on the same line, without the colon', () => {
    expect(
      statementsOf('Philip Hammond said: We are targeting the developers of chemical weapons.', [
        { text: 'Philip Hammond', type: 'Person', entity: 'person:philip-hammond' },
      ]),
    ).toEqual([
      { speaker: 'person:philip-hammond', direct: true, text: 'We are targeting the developers of chemical weapons' },
    ]);
  });

  it('finds no statement in a passive "was announced by"', () => {
    expect(
      statementsOf('The ceasefire was announced by Russia and Turkey on 29 December.', [
        { text: 'Russia', type: 'Place', entity: 'place:ru' },
        { text: 'Turkey', type: 'Place', entity: 'place:tr' },
      ]),
    ).toEqual([]);
  });

  it('takes ", saying <clause>" as reported speech of the sentence\'s subject', () => {
    expect(
      statementsOf('Russia calls the war a special operation, saying NATO shows hostility to Russia daily.', [
        { text: 'Russia', type: 'Place', entity: 'place:ru' },
        { text: 'NATO', type: 'Organization', entity: 'organization:nato' },
      ]),
    ).toEqual([{ speaker: 'place:ru', direct: false, text: 'NATO shows hostility to Russia daily' }]);
  });
});
