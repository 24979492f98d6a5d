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

  it("reads a country's possessive as no part of its name, and the organisation before a place as the speaker", () => {
    const { entities, statements } = story('fukushima');
    expect(entities.filter((e) => e.endsWith("'s"))).toEqual([]);
    expect(statements).toContainEqual(expect.stringMatching(/^International Atomic Energy Agency: Japan had asked/));
    expect(statements.filter((s) => s.startsWith('Vienna:'))).toEqual([]);
  });

  it('reads a surname that is a month, a title that "may" does not make hypothetical, and no retreat in a withdrawn asylum', () => {
    const { entities, facts, events } = story('wikileaks');
    expect(entities).toContain('Person Theresa May');
    expect(facts).toContain('HOLDS_POSITION Theresa May -> United Kingdom');
    expect(events).toEqual([]);
  });

  it("places no election in the war's country, and no one lives where they were invited", () => {
    const { facts, events } = story('obama-win');
    expect(events).toEqual(['Election (2008-11-04)']);
    expect(facts.filter((f) => f.includes('Iraq'))).toEqual([]);
    expect(facts).not.toContain('LIVES_IN Barack Obama -> White House');
  });

  it('reads a place named after a kind of organisation as that organisation, and no relative clause as a post', () => {
    expect(story('volkswagen').entities).toContain('Organization KBA');
    const { facts } = story('mandela');
    expect(facts.filter((f) => f.startsWith('HOLDS_POSITION Nelson Mandela'))).toEqual([
      'HOLDS_POSITION Nelson Mandela -> South Africa',
    ]);
  });

  it('starts a claim after "tonight" or "told him", and gives it to the person before "of" a place', () => {
    const { statements } = story('nixon');
    expect(statements).toContainEqual(expect.stringMatching(/^Richard M\. Nixon: he will resign the presidency/));
    expect(statements).toContainEqual(expect.stringMatching(/^Barry Goldwater: the President had made the decision/));
    expect(statements).toContainEqual(expect.stringMatching(/^Gerald R\. Ford: he would keep/));
    expect(statements.filter((s) => /^(?:Arizona|Michigan):/.test(s))).toEqual([]);
  });

  it('reads a name ending in a legal form or a trade as a company, and what a stake is held in', () => {
    const { entities } = story('disney-fox');
    expect(entities).toEqual(expect.arrayContaining(['Organization Walt Disney Co', 'Organization Hulu']));
    expect(story('ebola-2014').entities).toContain('Organization Mapp Biopharmaceutical');
    expect(story('chile-miners').entities).toContain('Organization San Esteban');
  });

  it('holds a hyphenated title, takes the doer of an attack after "by", and no gloss as speech', () => {
    expect(story('ebola-2014').facts).toContain('HOLDS_POSITION Margaret Chan -> World Health Organization');
    const { facts, statements } = story('chibok');
    expect(facts).toContain('PARTICIPATED_IN Boko Haram -> Attack in Nigeria (2014-04-16)');
    expect(facts.filter((f) => f.startsWith('PARTICIPATED_IN Nigeria'))).toEqual([]);
    expect(statements.filter((s) => s.includes('Western education'))).toEqual([]);
  });

  it('takes a trade noun off the name it opens, and reads a resort "of" a name as a place', () => {
    expect(story('lehman').entities).toContain('Organization American International Group Inc');
    const { entities, facts, statements } = story('mubarak');
    expect(entities).toContain('Place Sharm el-Sheikh');
    expect(facts.filter((f) => f.startsWith('PARTICIPATED_IN Hosni Mubarak'))).toEqual([]);
    expect(statements).toContainEqual(expect.stringMatching(/^Omar Suleiman: Mubarak had asked/));
  });

  it('gives a quote to who called a thing so, and reads a laboratory as an organisation', () => {
    const { entities, statements } = story('perseverance');
    expect(entities).toContain('Organization Jet Propulsion Laboratory');
    expect(statements).toContain('Steve Jurczyk: a pivotal moment for the agency');
  });

  it("reads a given name before another's shared surname as a person, and a company's new name as a company", () => {
    const { entities, facts } = story('harry-wedding');
    expect(entities).toEqual(expect.arrayContaining(['Person George', 'Person David']));
    expect(facts.filter((f) => f.includes('-> George'))).toEqual([]);
    const meta = story('meta');
    expect(meta.entities).toContain('Organization Meta');
    expect(meta.statements).toContainEqual(
      expect.stringMatching(/^Frances Haugen: the company put profits before safety/),
    );
    expect(meta.facts.filter((f) => f.startsWith('COMMUNICATED_WITH Frances Haugen'))).toEqual([]);
  });

  it('joins a company named after a person to the surname it goes by', () => {
    expect(story('disney-fox').entities.filter((e) => /Disney/.test(e))).toEqual(['Organization Walt Disney Co']);
  });

  it("reads hijackers' crashes as an attack on what they struck, and no fight from a name after 'into'", () => {
    const { facts, events } = story('sept11');
    expect(events).toEqual([expect.stringMatching(/^Attack/)]);
    expect(facts).toContainEqual(expect.stringMatching(/^PARTICIPATED_IN Pentagon -> Attack/));
    expect(facts.filter((f) => f.startsWith('FIGHTS_AGAINST'))).toEqual([]);
  });

  it("reads a country after 'of' as the country, though it is a given name", () => {
    const { entities } = story('crispr-nobel');
    expect(entities).toContain('Place France');
    expect(entities).not.toContain('Person France');
  });

  it('joins a set of results mentioned again to the one the story dated, and reads bushfires as a disaster', () => {
    expect(story('toyota').events).toEqual(['Earnings (2013-11-06)']);
    expect(story('bushfires').events).toEqual(['Disaster in Australia (2019-11-11)']);
  });

  it('reads a battle with cancer as no fight, and an announced death as no claim', () => {
    const { facts, statements } = story('chavez');
    expect(facts.filter((f) => f.startsWith('FIGHTS_AGAINST'))).toEqual([]);
    expect(statements.filter((s) => s.includes('the death on national television'))).toEqual([]);
    expect(statements).toContain('Nicolas Maduro: We have received the hardest and most tragic information');
  });

  it('reads the rest of the sixth batch as it was written', () => {
    expect(story('black-monday').facts).toContain('HOLDS_POSITION John Phelan -> New York Stock Exchange');
    expect(story('hong-kong-handover').facts).toContain('HOLDS_POSITION Jiang Zemin -> China');
    const vaccine = story('vaccine-uk');
    expect(vaccine.entities).toEqual(expect.arrayContaining(['Person Margaret Keenan', 'Organization Pfizer']));
    expect(vaccine.entities.filter((e) => /GMT/.test(e))).toEqual([]);
  });

  it('names an armed group the tagger never saw by its noun, and gives it its claim', () => {
    const { entities, statements } = story('kenya-mall');
    expect(entities).toContain('Organization al Shabaab');
    expect(statements).toContainEqual(expect.stringMatching(/^al Shabaab: it carried out the attack/));
  });
});
