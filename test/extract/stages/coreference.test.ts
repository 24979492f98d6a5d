import { STAGES } from '../../../src/extract/pipeline';
import { coreference } from '../../../src/extract/stages/coreference';
import { parse } from '../../../src/extract/stages/parse';
import type { DocState } from '../../../src/extract/types';

/** The document state just before coreference, from the real earlier stages. */
function upToCoreference(text: string): DocState {
  const before = STAGES.slice(
    0,
    STAGES.findIndex(([name]) => name === 'coreference'),
  );
  return before.reduce((s, [, stage]) => stage(s), parse({ source: 't', text }));
}

/** The pronoun mentions coreference added, as "text -> entity name". */
function added(text: string): string[] {
  const before = upToCoreference(text);
  const after = coreference(before);
  const name = new Map(after.entities.map((e) => [e.id, e.name]));
  return after.mentions.filter((m) => !before.mentions.includes(m)).map((m) => `${m.text} -> ${name.get(m.entity!)}`);
}

describe('coreference stage', () => {
  it('"It" opening the sentences after one that opens with an organisation refers to it, in a chain', () => {
    const text =
      'The Syrian Computer Society is an organization in Syria. It was founded in 1989. It acts as the domain name authority.';
    expect(added(text)).toEqual(['It -> Syrian Computer Society', 'It -> Syrian Computer Society']);
    const org = coreference(upToCoreference(text)).entities.find((e) => e.name === 'Syrian Computer Society')!;
    expect(org.mentions.map((m) => m.text)).toEqual(['Syrian Computer Society', 'It', 'It']);
  });

  it('"We" in a quote is the organisation its speaker holds a position in', () => {
    const text =
      '"We will not allow the militants to keep their weapons," said Col. John Dorrian, the CJTF-OIR spokesperson.';
    expect(added(text)).toEqual(['We -> CJTF-OIR']);
  });

  it('leaves empty subjects, people and places alone', () => {
    expect(added('NATO met in Brussels on Tuesday. It is unclear whether the alliance will agree.')).toEqual([]);
    expect(added('Bakhmut is a city in Donetsk province. It was shelled on Monday.')).toEqual([]);
    expect(added('"We will win," said Jens Stoltenberg on Monday.')).toEqual([]);
  });
});
