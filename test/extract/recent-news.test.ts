/**
 * News of the 2020s, written here in the wires' style (test/fixtures/news), read as a user of the
 * graph would read them: one node per organisation however the article writes it, pronouns that
 * agree with the person, and events the words state.
 */
import { storyIn } from './fixture-story';

const story = storyIn('news');

describe('news of the 2020s', () => {
  it('reads a curated acronym in capitals as its organisation, even where it is an English word', () => {
    const { entities, mentionsOf } = story('who');
    expect(mentionsOf('World Health Organization')).toEqual(['WHO', 'World Health Organization', 'WHO']);
    expect(entities).not.toContain('Organization WHO');
  });

  it('takes a title off the organisation before it, and keeps one node for the organisation', () => {
    const { entities, mentionsOf, facts } = story('imf');
    expect(entities.filter((e) => e.includes('IMF'))).toEqual([]);
    expect(mentionsOf('International Monetary Fund')).toHaveLength(4);
    expect(facts).toContain('HOLDS_POSITION Kristalina Georgieva -> International Monetary Fund');
  });

  it('joins a party named without "Party", and reads a count of seats as no match', () => {
    const { entities, mentionsOf, events } = story('uk-election');
    expect(mentionsOf('Labour Party')).toEqual(['Labour', 'Labour Party', 'Labour']);
    expect(entities).not.toContain('Organization Labour');
    expect(events).not.toContain('Match');
  });

  it('reads a name described as a hedge fund as an organisation, and "he" as the man named before', () => {
    const { entities, mentionsOf } = story('ftx');
    expect(entities).toContain('Organization Alameda Research');
    expect(mentionsOf('Caroline Ellison')).toEqual(['Caroline Ellison']);
    expect(mentionsOf('Sam Bankman-Fried').filter((m) => m === 'he')).toHaveLength(3);
  });

  it('joins a name a person goes by from inside the full one, and a surname written first', () => {
    expect(story('amazon-summit').mentionsOf('Luiz Inacio Lula da Silva')).toEqual([
      'Lula',
      'Luiz Inacio Lula da Silva',
      'Lula',
    ]);
    const taiwan = story('taiwan');
    expect(taiwan.mentionsOf('Lai Ching-te')).toEqual(['Lai Ching-te', 'Lai Ching-te', 'Lai', 'Lai']);
    expect(taiwan.entities).toEqual(expect.arrayContaining(['Person Hou Yu-ih', 'Person Ko Wen-je']));
    expect(taiwan.entities).not.toContain('Organization Lai');
  });

  it('reads companies by their trade and their short names, and the sentence after "on X."', () => {
    expect(story('fda').mentionsOf('Sage Therapeutics')).toEqual(['Sage Therapeutics', 'Sage']);
    const openai = story('openai');
    expect(openai.entities).not.toContain('Organization X. Microsoft');
    expect(openai.mentionsOf('Microsoft')).toHaveLength(2);
    expect(openai.mentionsOf('Bret Taylor')).toEqual(['Bret Taylor']);
  });

  it('reads a group that "the" and a kind of organisation enclose as an organisation', () => {
    expect(story('earthquake').entities).toContain('Organization White Helmets');
  });
});
