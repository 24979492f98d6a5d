import { extract } from '../../../src/extract/pipeline';

/** HOLDS_POSITION facts read from the rules' names (no tagger), so the stage's reading is what is tested. */
const positions = (text: string) => {
  const out = extract({ source: 't', text }, { tagger: null });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${name.get(r.source)} -> ${name.get(r.target)}: ${r.properties.title}`);
};

describe('relations stage: positions in appositives', () => {
  it('reads an abbreviation inside the organisation as part of the title, not its end', () => {
    expect(positions('Gen. Joseph Votel, commander of U.S. Central Command, visited the troops on Monday.')).toEqual([
      'Joseph Votel -> CENTCOM: commander of U.S. Central Command',
    ]);
  });

  it('reads a numbered unit followed by the title', () => {
    expect(positions('"We are ready," said Col. Travis Caughlin, 507th Maintenance Group Commander.')).toEqual([
      'Travis Caughlin -> 507th Maintenance Group: 507th Maintenance Group Commander',
    ]);
  });
});
