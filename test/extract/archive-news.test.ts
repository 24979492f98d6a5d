/**
 * News of 1989 to 2021 (test/fixtures/archive), written here in the styles of the wires and of a
 * government's press office, read as a user of the graph would: a time zone, a shuttle and a byline's
 * job are no names, a title is no organisation, "the company" is the story's company, and claims,
 * causes and opponents are not facts.
 */
import { storyIn } from './fixture-story';

const story = storyIn('archive');

describe('news of 1989 to 2021', () => {
  it('reads a time zone, a vessel and a byline title as no entity', () => {
    const { entities, facts } = story('columbia');
    expect(entities.filter((e) => /\b(?:Est|EST|Columbia|Writer)\b/.test(e))).toEqual([]);
    expect(entities).toContain('Organization Associated Press');
    expect(facts).not.toContain('NASA BASED_IN -> Columbia');
  });

  it('reads a company described after its comma as one, and "the company" as the story\'s', () => {
    const { entities, facts, statements } = story('iphone');
    expect(entities).toEqual(expect.arrayContaining(['Organization Nokia', 'Organization Cingular Wireless']));
    expect(facts).toContain('BASED_IN Apple Inc. -> Cupertino');
    expect(facts).not.toContain('BASED_IN BellSouth Corp. -> Cupertino');
    expect(statements.some((s) => s.startsWith('Apple Inc.: it would drop'))).toBe(true);
  });

  it('keeps a people in the plural, and a dissolved state by its adjective, off the places', () => {
    const { entities, facts, statements } = story('berlin-wall');
    expect(entities.filter((e) => /Germans|Berliners/.test(e))).toEqual([]);
    expect(facts).toContain('HOLDS_POSITION Mikhail Gorbachev -> Soviet Union');
    // "urged Egon Krenz to carry out reforms" asks; it claims nothing
    expect(statements.filter((s) => s.startsWith('Mikhail Gorbachev:'))).toEqual([]);
  });

  it('starts a claim at its clause, past a time that follows "said"', () => {
    expect(story('higgs').statements).toContainEqual(
      expect.stringMatching(/^CERN: they had found a new subatomic particle/),
    );
  });

  it('gives a killing charged in the passive to the accused, and no cause a part in protests', () => {
    const { facts } = story('chauvin');
    expect(facts).toContain('KILLED Derek Chauvin -> George Floyd');
    expect(facts).not.toContain('KILLED George Floyd -> Derek Chauvin');
    expect(facts.filter((f) => f.startsWith('PARTICIPATED_IN'))).toEqual([]);
  });

  it('names no speaker for a bare plural subject, and reads a strike of workers as no fight', () => {
    const { facts, statements } = story('oil-147');
    expect(statements.filter((s) => s.startsWith('Nigeria:'))).toEqual([]);
    expect(facts.filter((f) => f.includes('Petrobras'))).toEqual([]);
  });

  it('reads "Defence Secretary" as a title, and an office of a county as one', () => {
    expect(story('raf-strikes').entities).not.toContain('Organization Defence');
    const prince = story('prince');
    expect(prince.facts).toContain('HOLDS_POSITION Jim Olson -> Carver County');
    expect(prince.facts.filter((f) => f.startsWith('COMMUNICATED_WITH'))).toEqual([]);
  });

  it('reads a venue after "at the" as a place, and a side met in a final as based nowhere by it', () => {
    const { entities, facts } = story('liverpool-ucl');
    expect(entities).toContain('Place Wanda Metropolitano');
    expect(facts.filter((f) => f.startsWith('BASED_IN'))).toEqual([]);
  });
});
