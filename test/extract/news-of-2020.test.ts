/**
 * News of 2020 (test/fixtures/news-2020), written here in the wires' style, read as a user of the
 * graph would: a dateline's whole place, one node per person and institution however the article
 * writes them, no node for a holiday, a poison, a treaty, a storm or a film, and who said what.
 */
import { storyIn } from './fixture-story';

const story = storyIn('news-2020');

describe('news of 2020', () => {
  it('joins an Arabic surname without its article, and reads no verb into a title or a speaker', () => {
    const { entities, facts, statements } = story('soleimani');
    expect(entities).toContain('Person Abu Mahdi al-Muhandis');
    expect(entities).not.toContain('Person Muhandis');
    expect(facts.filter((f) => f.startsWith('HOLDS_POSITION Donald Trump'))).toEqual([]);
    expect(statements).toContainEqual(expect.stringMatching(/^Pentagon: General Soleimani was actively/));
    expect(entities).not.toContain('Organization Iraqi officials');
  });

  it("splits a county's office from its holder, and gives a quote to who called someone by it", () => {
    const { entities, statements } = story('kobe');
    expect(entities).toContain('Person Alex Villanueva');
    expect(entities.filter((e) => e.includes('Sheriff'))).toEqual([]);
    expect(statements).toContain('Barack Obama: a legend on the court.');
  });

  it('reads each place of a dateline filed from two as a place, and neither in the other', () => {
    const { entities, facts } = story('karabakh');
    expect(entities).toEqual(expect.arrayContaining(['Place Moscow', 'Place Baku']));
    expect(facts.filter((f) => /Baku -> Moscow|Moscow -> Baku/.test(f))).toEqual([]);
    const maradona = story('maradona');
    expect(maradona.entities).toContain('Place Buenos Aires');
    expect(maradona.entities.filter((e) => /BUENOS|Esgrima$/.test(e))).toEqual(['Organization Gimnasia y Esgrima']);
    expect(story('crew-dragon').entities).toContain('Place Cape Canaveral');
  });

  it("keeps no node for a country's officials or opposition, and gives a speech after a fronted phrase to its subject", () => {
    const { entities, statements } = story('belarus');
    expect(entities).not.toContain('Organization Belarusian opposition');
    expect(statements).toContain('Sviatlana Tsikhanouskaya: a very difficult decision.');
    expect(story('navalny-poison').entities.filter((e) => /opposition|Novichok/.test(e))).toEqual([]);
  });

  it('joins an institution to its name with a two-word country before it', () => {
    const senate = story('rbg').entities.filter((e) => e.includes('Senate'));
    expect(senate).toEqual(['Organization United States Senate']);
  });

  it('reads a name with an ampersand as a body, and starts what was told after its hearer', () => {
    const { entities, statements } = story('tokyo-olympics');
    expect(entities).toContain('Organization USA Track & Field');
    expect(statements).toContainEqual(expect.stringMatching(/^Yoshiro Mori: the Olympic flame/));
  });

  it('reads holidays, storms, treaties and works as no person, place or body', () => {
    expect(story('harry-meghan').entities).not.toContain('Place Christmas');
    expect(story('laura').entities.filter((e) => e.includes('Laura'))).toEqual([]);
    const abraham = story('abraham');
    expect(abraham.entities.filter((e) => e.includes('Accords'))).toEqual([]);
    expect(abraham.facts).not.toContain('LIVES_IN Benjamin Netanyahu -> United Arab Emirates');
    const parasite = story('parasite');
    expect(parasite.entities).toContain('Person Judy Garland');
    expect(parasite.out.entities.find((e) => e.name === 'Judy Garland')!.mentions).toHaveLength(1);
  });

  it("reads a quantity added as no claim, and a name before a site's noun as the site", () => {
    const { entities, statements } = story('lakers-title');
    expect(statements.filter((s) => s.startsWith('Anthony Davis'))).toEqual([]);
    expect(entities).not.toContain('Person Walt Disney World');
    expect(story('mali-coup').statements.filter((s) => s.includes('his resignation early'))).toEqual([]);
  });

  it('gives a pronoun opening its sentence to the subject before it, and no verb to a title', () => {
    const { facts } = story('barrett');
    expect(facts).toContain('WORKS_FOR Amy Coney Barrett -> Notre Dame Law School');
    expect(facts).not.toContain('WORKS_FOR Ruth Bader Ginsburg -> Notre Dame Law School');
    expect(facts.filter((f) => f.startsWith('HOLDS_POSITION Antonin Scalia'))).toEqual([]);
  });

  it("makes an artist's stage name a person, and ends an analyst's title with the firm", () => {
    expect(story('endsars').entities).toContain('Person Wizkid');
    const apple = story('apple-earnings').out;
    const ives = apple.relations.find((r) => r.type === 'HOLDS_POSITION' && r.source === 'person:daniel-ives');
    expect(ives?.properties.title).toBe('analyst at Wedbush Securities');
  });
});
