import { bracketedAcronym, leavesBracket } from '../../../src/extract/rules/bracket-bounds';

const mention = (text: string, name: string) => ({
  start: text.indexOf(name),
  end: text.indexOf(name) + name.length,
  text: name,
});

describe('bracket bounds', () => {
  it('reads an acronym in brackets right after a name as its own, and nothing else in brackets', () => {
    const text = 'The African Football Confederation (CAF) met. Andrei Medvedev (Ukraine) won.';
    const caf = mention(text, 'CAF');
    expect(bracketedAcronym(text, mention(text, 'African Football Confederation'), caf)).toBe(true);
    expect(bracketedAcronym(text, mention(text, 'Andrei Medvedev'), mention(text, 'Ukraine'))).toBe(false);
  });

  it("keeps a bracket's name to the name before it", () => {
    const text = 'Andrei Medvedev (Ukraine) beat Martin Damm.';
    expect(leavesBracket(text, mention(text, 'Ukraine').end, mention(text, 'Martin Damm').start)).toBe(true);
    expect(leavesBracket(text, mention(text, 'Andrei Medvedev').end, mention(text, 'Ukraine').start)).toBe(false);
  });
});
