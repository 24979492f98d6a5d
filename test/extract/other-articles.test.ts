/** Articles in other styles, written for these tests: nothing in the code knows their names. */
import { extractFile, fixture } from './helpers';

const has = (out: ReturnType<typeof extractFile>, type: string, name: string) =>
  out.entities.some((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

describe('a business story', () => {
  const out = extractFile(fixture('business.txt'));
  it('finds the companies, people and places', () => {
    expect(has(out, 'Organization', 'Microsoft')).toBe(true);
    expect(has(out, 'Organization', 'Darkline')).toBe(true);
    expect(has(out, 'Person', 'Satya Nadella')).toBe(true);
    expect(has(out, 'Person', 'Priya Raman')).toBe(true);
    expect(has(out, 'Place', 'Cambridge')).toBe(true);
    expect(has(out, 'Organization', 'Competition and Markets Authority')).toBe(true);
  });
  it('links the chief executive to his company and his quote', () => {
    expect(out.relations).toContainEqual(
      expect.objectContaining({
        type: 'HOLDS_POSITION',
        source: 'person:satya-nadella',
        target: 'organization:microsoft',
      }),
    );
    const quote = out.statements.find((s) => s.direct)!;
    expect(quote.speaker).toBe('person:satya-nadella');
    expect(quote.channel).toBe('a statement');
  });
});

describe('a sports report', () => {
  const out = extractFile(fixture('sports.txt'));
  // a sentence-initial name in no list, in a sports report: the two-pass tagger trained on CoNLL-2003
  // alone read it as a club; with CoNLL04's sentences as well it is a person
  it('types "Bukayo Saka scored" as a person', () => {
    expect(has(out, 'Person', 'Bukayo Saka')).toBe(true);
  });

  it('finds the players and the manager', () => {
    for (const name of ['Kai Havertz', 'Leandro Trossard', 'Mikel Arteta', 'Roberto De Zerbi'])
      expect(has(out, 'Person', name)).toBe(true);
    expect(has(out, 'Organization', 'Arsenal')).toBe(true);
    // leagues and cups are competitions: named (CoNLL's MISC), but no person, organisation or place
    for (const type of ['Person', 'Organization', 'Place']) expect(has(out, type, 'Premier League')).toBe(false);
    expect(has(out, 'Organization', 'Bayern Munich')).toBe(true);
  });
  it('knows who manages whom and who said what', () => {
    expect(out.relations).toContainEqual(
      expect.objectContaining({
        type: 'HOLDS_POSITION',
        source: 'person:mikel-arteta',
        target: 'organization:arsenal',
        properties: { title: 'manager' },
      }),
    );
    expect(out.statements.find((s) => s.direct)?.speaker).toBe('person:mikel-arteta');
  });
});

describe('another conflict', () => {
  const out = extractFile(fixture('conflict.txt'));
  it('finds the armed groups, leaders and cities', () => {
    expect(has(out, 'Organization', 'Rapid Support Forces')).toBe(true);
    expect(has(out, 'Person', 'Mohamed Hamdan Dagalo')).toBe(true);
    expect(has(out, 'Place', 'Khartoum')).toBe(true);
    expect(has(out, 'Place', 'Omdurman')).toBe(true);
    expect(has(out, 'Place', 'Jeddah')).toBe(true);
  });
  it('finds leadership, positions, the attack event and a quote', () => {
    expect(out.relations).toContainEqual(
      expect.objectContaining({
        type: 'IN_CHARGE_OF',
        source: 'person:mohamed-hamdan-dagalo',
        target: 'organization:rapid-support-forces',
      }),
    );
    expect(out.relations).toContainEqual(
      expect.objectContaining({
        type: 'HOLDS_POSITION',
        source: 'person:antonio-guterres',
        target: 'organization:united-nations',
      }),
    );
    const attack = out.entities.find((e) => e.type === 'Event' && e.eventType === 'ATTACK')!;
    expect(attack.date).toBe('2023-05-09');
    expect(out.statements.find((s) => s.direct)?.speaker).toBe('person:antonio-guterres');
    expect(out.statements.find((s) => s.speaker === 'organization:rapid-support-forces')).toBeDefined();
  });
});
