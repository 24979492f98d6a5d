/**
 * News of the 2020s, written here in the wires' style (test/fixtures/news), read as a user of the
 * graph would read them: one node per organisation however the article writes it, pronouns that
 * agree with the person, and events the words state.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/extract';
import { storyIn } from './fixture-story';

const NEWS = fs.readdirSync(path.join(__dirname, '../fixtures/news')).map((f) => f.replace(/\.txt$/, ''));

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

  describe('who said it', () => {
    it('reads a claim whose source is named after it, and the organisation a description stands for', () => {
      const { statements, entities } = story('unilever-tea');
      expect(statements).toContainEqual(expect.stringMatching(/^Unilever Plc: Unilever Plc agreed on Monday to sell/));
      expect(statements).toContain('Jefferies: the price was above their estimates');
      expect(statements.filter((s) => s.startsWith('London'))).toEqual([]);
      expect(entities).toContain('Organization Jefferies');
    });

    it("gives the lawyer's words to the lawyer, not to his client", () => {
      const { statements, facts } = story('bribery-trial');
      expect(statements).toContain('Ralph Kohnen: his client would appeal');
      expect(facts).not.toContain('WORKS_FOR Michael Ward -> Taft Stettinius & Hollister');
    });

    it('gives "the 22-year-old from Murcia" his own words, not the town', () => {
      expect(story('wimbledon').statements).toContain('Carlos Alcaraz: Jannik deserved it today');
    });
  });

  it('reads a name with a chief executive as a company, and a trade after a nationality as no post', () => {
    const { entities, facts } = story('cannes');
    expect(entities).toContain('Organization Neon');
    expect(facts).toContain('HOLDS_POSITION Tom Quinn -> Neon');
    expect(facts).not.toContain('HOLDS_POSITION Sean Baker -> United States');
  });

  it("reads party leaders with a prefix of rank or a bracketed acronym, and a party's members as no person", () => {
    const { entities, facts } = story('merz');
    expect(facts).toEqual(
      expect.arrayContaining(['HOLDS_POSITION Lars Klingbeil -> SPD', 'HOLDS_POSITION Friedrich Merz -> CDU']),
    );
    expect(entities).not.toContain('Person Christian Democrats');
  });

  it("reads a headline's event as the one its lead reports, with the lead's date", () => {
    const { mentionsOf } = story('merz');
    // and "won 325 votes" later is that vote; "February's election" is another
    expect(mentionsOf('Election (2025-05-06)')).toEqual(['elected', 'elected', 'votes']);
  });

  it('reads a country named in full and by its last word as one, and its ministry as its voice', () => {
    const { entities, mentionsOf, statements } = story('ebola');
    expect(mentionsOf('DR Congo')).toEqual(['Congo', 'Democratic Republic of Congo']);
    expect(entities).not.toContain('Place Republic of the Congo');
    expect(entities).not.toContain('Place Ebola');
    expect(entities).toContain('Organization Doctors Without Borders');
    expect(statements).toContainEqual(expect.stringMatching(/^DR Congo: Democratic Republic of Congo declared/));
  });

  it('reads a company by the name before its web address, and a team by its driver', () => {
    expect(story('amazon-jobs').entities.filter((e) => e.includes('Amazon'))).toEqual([
      'Organization Amazon.com Inc',
      'Organization Amazon Web Services',
    ]);
    expect(story('f1-title').entities).toContain('Organization Ferrari');
  });

  it("reads the club's own words, and no one's home in the dateline's region", () => {
    const { statements, facts } = story('wirtz');
    expect(statements).toContainEqual(expect.stringMatching(/^Liverpool: Liverpool have signed Germany midfielder/));
    expect(facts).not.toContain('LIVES_IN Florian Wirtz -> England');
  });

  it("reads a region before its governor as a place, and a committee's vote on a cut as no election", () => {
    const fire = story('palisades-fire');
    expect(fire.entities).toContain('Place California');
    expect(fire.facts).toContain('HOLDS_POSITION Gavin Newsom -> California');
    expect(story('boe-rates').events).not.toContain('Election');
  });

  describe('news of 2020, as the wires wrote it', () => {
    it('reads "The San Jose, California-based company said" as the company, and a state the wires abbreviate', () => {
      const zoom = story('zoom');
      expect(zoom.statements).toContainEqual(
        expect.stringMatching(/^Zoom Video Communications Inc: revenue rose to \$663\.5 million/),
      );
      expect(zoom.entities.filter((e) => e.includes('Zoom'))).toEqual(['Organization Zoom Video Communications Inc']);
      expect(zoom.facts).toContain('LOCATED_IN San Jose -> California');
      expect(story('moderna').statements).toContainEqual(expect.stringMatching(/^Moderna Inc: it expects to seek/));
      const biden = story('biden-win');
      expect(biden.entities).not.toContain('Place Del.');
      expect(biden.mentionsOf('Delaware')).toEqual(['Del.', 'Delaware']);
      expect(biden.out.entities.find((e) => e.name === 'Wilmington')?.geonamesId).toBe(4145381);
    });

    it('reads the team before its boss as a team, not the Argentine town of its name', () => {
      const f1 = story('lewis-hamilton');
      expect(f1.entities).toContain('Organization Mercedes');
      expect(f1.facts).not.toContain('LIVES_IN Toto Wolff -> Mercedes');
    });

    it('reads a disaster as an event in its place, with no one as its agent', () => {
      const beirut = story('beirut');
      expect(beirut.events).toContain('Disaster in Beirut (2020-08-04)');
      expect(beirut.facts.filter((f) => f.startsWith('PARTICIPATED_IN') && f.includes('Disaster'))).toEqual([]);
    });

    it('gives "she told reporters" to the woman named before, not to the man the quote is about', () => {
      expect(story('navalny').statements).toContain('Angela Merkel: He was supposed to be silenced');
    });

    it('reads "X, the region\'s president, said Tigray was ready" as X speaking', () => {
      expect(story('tigray').statements).toContain('Debretsion Gebremichael: Tigray was ready to defend itself');
      expect(story('brexit-deal').out.article.publishedAt).toBe('2020-12-24');
    });

    it('dates a story filed from no place, and ends its claim before the noun phrase that comments on it', () => {
      const tesla = story('tesla-sp');
      expect(tesla.out.article.publishedAt).toBe('2020-11-16');
      expect(tesla.statements).toContain('S&P Dow Jones Indices: Tesla Inc will join the S&P 500 index next month');
    });

    it('reads a committee defined by its acronym as one organisation, and no one who orders a company as its employee', () => {
      const tiktok = story('tiktok');
      expect(tiktok.mentionsOf('Committee on Foreign Investment in the United States')).toEqual([
        'Committee on Foreign Investment in the United States',
        'CFIUS',
      ]);
      expect(tiktok.facts).not.toContain('WORKS_FOR Donald Trump -> ByteDance');
      expect(tiktok.facts).not.toContain('PARTICIPATED_IN Canada -> Meeting in United States');
    });
  });

  it("names an entity of the story by every id of its facts and statements, a people's country too", () => {
    const text =
      'Ecuador president to lunch with ethnic Indians.\nQUITO 1996-08-22\nThe president will lunch with Indian leaders, his office said.';
    for (const out of [extract({ source: 'x.txt', text }), ...NEWS.map((n) => story(n).out)]) {
      const ids = new Set(out.entities.map((e) => e.id));
      for (const st of out.statements) for (const id of [st.speaker, ...st.about]) expect(ids).toContain(id);
      for (const r of out.relations) for (const id of [r.source, r.target]) expect(ids).toContain(id);
    }
  });

  describe('news of 2022-2024', () => {
    it('keeps a political leaning off a name, and reads a castle as a place', () => {
      expect(story('lula').entities).toContain('Person Luiz Inacio Lula da Silva');
      expect(story('queen').entities).toContain('Place Windsor Castle');
    });

    it('gives "the Spanish club said" to Real Madrid, and ends a sentence after the platform X', () => {
      expect(story('mbappe').statements).toContainEqual(
        expect.stringMatching(/^Real Madrid: France captain Kylian Mbappe/),
      );
      const india = story('india-election');
      expect(india.entities).not.toContain('Person X. Opposition');
      expect(india.statements).toContainEqual(
        expect.stringMatching(/^Election Commission of India: The BJP won 240 of the 543 seats/),
      );
    });
  });
});
