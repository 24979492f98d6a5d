import { extract } from '../../../src/extract';
import { classifyRelationsWith } from '../../../src/extract/stages/classify-relations';
import fs from 'node:fs';
import { RelationClassifier } from '../../../src/extract/relation-classifier/classifier';
import { DEFAULT_RELATION_MODEL_PATH, defaultRelationClassifier } from '../../../src/extract/relation-classifier/model';
import { resolvedState } from './hand-state';

const facts = (text: string) =>
  extract({ source: 'x.txt', text: `${text}\n` }).relations.map((r) => `${r.type} ${r.source} -> ${r.target}`);

describe('classify-relations stage (the shipped model)', () => {
  /** the shipped model keeping every pair's best relation: only the stage's rules can drop it */
  const keepAll = () =>
    RelationClassifier.fromModel({
      ...JSON.parse(fs.readFileSync(DEFAULT_RELATION_MODEL_PATH, 'utf8')),
      margin: -Infinity,
    });

  it('reads where a person lives, whom they work for, who killed whom, and where places and organisations are', () => {
    expect(facts('Maria Lopez, 42, of Tucson, Arizona, was arrested on Tuesday.')).toEqual(
      expect.arrayContaining([
        'LIVES_IN person:maria-lopez -> place:tucson',
        'LOCATED_IN place:tucson -> place:arizona',
      ]),
    );
    expect(facts('Daniel Okafor, who works for Siemens in Lagos, said the talks were over.')).toEqual(
      expect.arrayContaining(['WORKS_FOR person:daniel-okafor -> organization:siemens']),
    );
    expect(facts('Lee Harvey Oswald assassinated John F. Kennedy in Dallas in 1963.')).toContain(
      'KILLED person:lee-harvey-oswald -> person:john-f-kennedy',
    );
  });

  // A known miss of the tagger trained with CoNLL04 (docs/extraction.md): a lone one-word company in
  // a one-sentence text, with no other mention to go by, is left out. This test fails the day it is found.
  it.failing('finds the company a person works for when it is a lone word in a one-sentence text', () => {
    expect(facts('Daniel Okafor, who works for Shell in Lagos, said the talks were over.')).toContain(
      'WORKS_FOR person:daniel-okafor -> organization:shell',
    );
  });

  it('cites the sentence and the span from the first name to the second', () => {
    const text = 'The storm passed. Maria Lopez, 42, of Tucson, Arizona, was arrested on Tuesday.\n';
    const out = extract({ source: 'x.txt', text });
    const lives = out.relations.find((r) => r.type === 'LIVES_IN')!;
    expect(lives.evidence).toEqual([{ sentence: 1, start: text.indexOf('Maria'), end: text.indexOf('Tucson') + 6 }]);
    expect(lives.confidence).toBeGreaterThan(0.5);
    expect(lives.assertion).toBe('reported');
  });

  it("adds nothing when turned off, and keeps the rules' relations when on", () => {
    const text = 'Maria Lopez, 42, of Tucson, Arizona, was arrested on Tuesday.\n';
    const off = extract({ source: 'x.txt', text }, { relationClassifier: null }).relations.map((r) => r.type);
    expect(off).not.toContain('LIVES_IN');
    const on = extract({ source: 'x.txt', text }).relations.map((r) => r.type);
    for (const t of off) expect(on).toContain(t);
  });

  it('places no subject of an action verb in the place it acts on, and relates no names across a reporting verb', () => {
    const supplies = facts('NATO provides Kyiv with the weapons it needs.');
    expect(supplies).toContain('SUPPORTS organization:nato -> place:kyiv');
    expect(supplies).not.toContain('BASED_IN organization:nato -> place:kyiv');
    // a verb of being somewhere is no action: hand-made mentions, as the tagger's misses are not this rule's
    const based = resolvedState('Siemens, based in Munich, said on Monday that profits rose.', [
      { text: 'Siemens', type: 'Organization', entity: 'organization:siemens' },
      { text: 'Munich', type: 'Place', entity: 'place:munich' },
    ]);
    expect(
      classifyRelationsWith(defaultRelationClassifier())(based).relations.map(
        (r) => `${r.type} ${r.source} -> ${r.target}`,
      ),
    ).toContain('BASED_IN organization:siemens -> place:munich');
    // a verb of going says where one goes, not where one lives
    const heads = resolvedState('Rolf Ekeus heads for Baghdad on Monday.', [
      { text: 'Rolf Ekeus', type: 'Person', entity: 'person:rolf-ekeus' },
      { text: 'Baghdad', type: 'Place', entity: 'place:baghdad' },
    ]);
    expect(classifyRelationsWith(keepAll())(heads).relations.filter((r) => r.type === 'LIVES_IN')).toEqual([]);
    // a past form the lexicon lacks is read in its clause
    const congratulated = resolvedState('Bill Clinton congratulated Ukraine on its independence.', [
      { text: 'Bill Clinton', type: 'Person', entity: 'person:bill-clinton' },
      { text: 'Ukraine', type: 'Place', entity: 'place:ukraine' },
    ]);
    expect(classifyRelationsWith(keepAll())(congratulated).relations.filter((r) => r.type === 'LIVES_IN')).toEqual([]);
    const said = resolvedState('Ana Ruiz said that Acme would close.', [
      { text: 'Ana Ruiz', type: 'Person', entity: 'person:ana-ruiz' },
      { text: 'Acme', type: 'Organization', entity: 'organization:acme' },
    ]);
    expect(classifyRelationsWith(keepAll())(said).relations.filter((r) => r.type === 'WORKS_FOR')).toEqual([]);
  });

  it('relates a name in a bracket to the name before the bracket, not to one after it', () => {
    const results = resolvedState('Andrei Medvedev (Ukraine) beat Martin Damm (Czech Republic) 6-4.', [
      { text: 'Andrei Medvedev', type: 'Person', entity: 'person:andrei-medvedev' },
      { text: 'Ukraine', type: 'Place', entity: 'place:ukraine' },
      { text: 'Martin Damm', type: 'Person', entity: 'person:martin-damm' },
      { text: 'Czech Republic', type: 'Place', entity: 'place:czech-republic' },
    ]);
    const lives = classifyRelationsWith(keepAll())(results)
      .relations.filter((r) => r.type === 'LIVES_IN')
      .map((r) => `${r.source} -> ${r.target}`);
    expect(lives).not.toContain('person:martin-damm -> place:ukraine');
    expect(lives).toContain('person:martin-damm -> place:czech-republic');
  });

  it('reads a place heading a line of scores as where they were played, not where anyone lives', () => {
    const scores = resolvedState('London (The Oval): Warwickshire 195 (Ashley Giles 54) v Surrey.', [
      { text: 'London', type: 'Place', entity: 'place:london' },
      { text: 'Warwickshire', type: 'Organization', entity: 'organization:warwickshire' },
      { text: 'Ashley Giles', type: 'Person', entity: 'person:ashley-giles' },
    ]);
    expect(classifyRelationsWith(keepAll())(scores).relations.filter((r) => r.target === 'place:london')).toEqual([]);
  });

  it('puts no place inside the place it is beside ("adjacent to", "near", "north of"), but inside one "in nearby"', () => {
    const located = (text: string, names: [string, string]) =>
      classifyRelationsWith(keepAll())(
        resolvedState(
          text,
          names.map((n) => ({ text: n, type: 'Place' as const, entity: `place:${n.toLowerCase()}` })),
        ),
      )
        .relations.filter((r) => r.type === 'LOCATED_IN')
        .map((r) => `${r.source} -> ${r.target}`);
    expect(located('Shelling hit Bakhmut in Donetsk province adjacent to Luhansk.', ['Bakhmut', 'Luhansk'])).toEqual(
      [],
    );
    expect(
      located('He farmed at Kinderhook, 130 miles north of Albany, until 1990.', ['Kinderhook', 'Albany']),
    ).toEqual([]);
    expect(located('Refugees fled Chechnya, neighbouring Dagestan, on foot.', ['Chechnya', 'Dagestan'])).toEqual([]);
    expect(located('Valletta was in transit from Singapore to Romania.', ['Valletta', 'Singapore'])).toEqual([]);
    expect(located('She died at Shands Hospital in nearby Gainesville.', ['Shands', 'Gainesville'])).toEqual([
      'place:shands -> place:gainesville',
    ]);
  });

  it("reads no seat of a news agency from the dateline it files under, and no place in its conjunct's", () => {
    const dateline = resolvedState('KARBALA, Iraq (AP) -- Pilgrims filled the shrine.', [
      { text: 'KARBALA', type: 'Place', entity: 'place:karbala' },
      { text: 'Iraq', type: 'Place', entity: 'place:iraq' },
      { text: 'AP', type: 'Organization', entity: 'organization:associated-press' },
    ]);
    const filed = classifyRelationsWith(keepAll())(dateline).relations;
    expect(filed.filter((r) => r.source === 'organization:associated-press')).toEqual([]);
    expect(filed.map((r) => r.type)).toContain('LOCATED_IN'); // the place of filing is still read
    const conjuncts = resolvedState('Russia holds nearly all of Luhansk and over half of Donetsk.', [
      { text: 'Russia', type: 'Place', entity: 'place:russia' },
      { text: 'Luhansk', type: 'Place', entity: 'place:luhansk' },
      { text: 'Donetsk', type: 'Place', entity: 'place:donetsk' },
    ]);
    const both = classifyRelationsWith(keepAll())(conjuncts).relations;
    expect(both.filter((r) => r.source === 'place:luhansk' && r.target === 'place:donetsk')).toEqual([]);
    const nations = ['Scotland', 'Wales', 'Ireland', 'France'];
    const list = resolvedState(
      'Dates were set for a competition involving Scotland, Wales, Ireland and France.',
      nations.map((n) => ({ text: n, type: 'Place' as const, entity: `place:${n.toLowerCase()}` })),
    );
    expect(classifyRelationsWith(keepAll())(list).relations.filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
    const listed = resolvedState('Benjamin Netanyahu, UAE Foreign Minister Abdullah al-Nahyan and others signed.', [
      { text: 'Benjamin Netanyahu', type: 'Person', entity: 'person:benjamin-netanyahu' },
      { text: 'UAE', type: 'Place', entity: 'place:united-arab-emirates' },
      { text: 'Abdullah al-Nahyan', type: 'Person', entity: 'person:abdullah-al-nahyan' },
    ]);
    expect(
      classifyRelationsWith(keepAll())(listed).relations.filter((r) => r.source === 'person:benjamin-netanyahu'),
    ).toEqual([]);
    const slashed = resolvedState('Talks in Moscow/Baku went on.', [
      { text: 'Moscow', type: 'Place', entity: 'place:moscow' },
      { text: 'Baku', type: 'Place', entity: 'place:baku' },
    ]);
    expect(classifyRelationsWith(keepAll())(slashed).relations).toEqual([]);
  });

  it('relates the source of a report to nothing it reports', () => {
    const reported = resolvedState(
      "Dissidents must apply before the colony reverts to China's control next year, the Vancouver Sun reported.",
      [
        { text: 'China', type: 'Place', entity: 'place:china' },
        { text: 'Vancouver Sun', type: 'Organization', entity: 'organization:vancouver-sun' },
      ],
    );
    expect(classifyRelationsWith(keepAll())(reported).relations).toEqual([]);
    const described = resolvedState('Marc Dutroux is suspected of the murder, the Slovak office of Interpol said.', [
      { text: 'Marc Dutroux', type: 'Person', entity: 'person:marc-dutroux' },
      { text: 'Interpol', type: 'Organization', entity: 'organization:interpol' },
    ]);
    expect(classifyRelationsWith(keepAll())(described).relations).toEqual([]);
    const quoting = resolvedState('Interfax, quoting presidential aide Sergei Yastrzhembsky, said talks went well.', [
      { text: 'Interfax', type: 'Organization', entity: 'organization:interfax' },
      { text: 'Sergei Yastrzhembsky', type: 'Person', entity: 'person:sergei-yastrzhembsky' },
    ]);
    expect(classifyRelationsWith(keepAll())(quoting).relations).toEqual([]);
    const told = resolvedState("Parliament's press officer told Reuters that Speaker Toomas Savi will convene it.", [
      { text: 'Reuters', type: 'Organization', entity: 'organization:reuters' },
      { text: 'Toomas Savi', type: 'Person', entity: 'person:toomas-savi' },
    ]);
    expect(classifyRelationsWith(keepAll())(told).relations).toEqual([]);
    const since = resolvedState('The council condemned its line on Jerusalem since Benjamin Netanyahu took office.', [
      { text: 'Jerusalem', type: 'Place', entity: 'place:jerusalem' },
      { text: 'Benjamin Netanyahu', type: 'Person', entity: 'person:benjamin-netanyahu' },
    ]);
    expect(classifyRelationsWith(keepAll())(since).relations.filter((r) => r.type === 'LIVES_IN')).toEqual([]);
    const waging = resolvedState('Russia is also waging an onslaught on the city of Bakhmut.', [
      { text: 'Russia', type: 'Place', entity: 'place:russia' },
      { text: 'Bakhmut', type: 'Place', entity: 'place:bakhmut' },
    ]);
    expect(classifyRelationsWith(keepAll())(waging).relations.filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
    const posted = resolvedState("Iraq's ambassador in Khartoum denounced the hijacking.", [
      { text: 'Iraq', type: 'Place', entity: 'place:iraq' },
      { text: 'Khartoum', type: 'Place', entity: 'place:khartoum' },
    ]);
    expect(classifyRelationsWith(keepAll())(posted).relations.filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
  });

  it('relates no name to the acronym in brackets after it', () => {
    const defined = resolvedState('The African Football Confederation (CAF) confirmed the ban.', [
      { text: 'African Football Confederation', type: 'Place', entity: 'place:african-football-confederation' },
      { text: 'CAF', type: 'Organization', entity: 'organization:caf' },
    ]);
    expect(classifyRelationsWith(keepAll())(defined).relations).toEqual([]);
  });

  it('reads a verb the lexicon takes for a noun as the verb its clause makes it', () => {
    const hostile = resolvedState('Russia says NATO shows hostility to Russia daily.', [
      { text: 'Russia', type: 'Place', entity: 'place:russia' },
      { text: 'NATO', type: 'Organization', entity: 'organization:nato' },
      { text: 'Russia', type: 'Place', entity: 'place:russia', nth: 1 },
    ]);
    const out = classifyRelationsWith(keepAll())(hostile).relations;
    expect(out.filter((r) => r.source === 'organization:nato' && r.type === 'BASED_IN')).toEqual([]);
    const offices = resolvedState('Siemens plants in Munich were closed.', [
      { text: 'Siemens', type: 'Organization', entity: 'organization:siemens' },
      { text: 'Munich', type: 'Place', entity: 'place:munich' },
    ]);
    expect(classifyRelationsWith(keepAll())(offices).relations.map((r) => r.type)).toContain('BASED_IN');
  });

  it('reads a list of countries as a list', () => {
    const located = facts('Russia, Japan, Poland, South Korea and China signed the pact.').filter((f) =>
      f.startsWith('LOCATED_IN'),
    );
    expect(located).toEqual([]);
  });

  it('relates no name inside a quotation to one outside it, and puts no country inside another place', () => {
    const quoted = resolvedState('"Acme will win," said Ana Ruiz of Lima.', [
      { text: 'Acme', type: 'Organization', entity: 'organization:acme' },
      { text: 'Ana Ruiz', type: 'Person', entity: 'person:ana-ruiz' },
      { text: 'Lima', type: 'Place', entity: 'place:lima' },
    ]);
    const out = classifyRelationsWith(defaultRelationClassifier())(quoted).relations;
    expect(out.filter((r) => r.source === 'organization:acme' || r.target === 'organization:acme')).toEqual([]);
    expect(facts('Russia is waging an onslaught on the city of Bakhmut in Donetsk.')).not.toContain(
      'LOCATED_IN place:russia -> place:donetsk',
    );
  });

  it('reads a place in a fronted "In X," or "At X," as where the clause happens, not where anyone in it lives', () => {
    const scene = (text: string) =>
      resolvedState(text, [
        { text: 'Kansas City', type: 'Place', entity: 'place:kansas-city' },
        { text: 'Travis Fryman', type: 'Person', entity: 'person:travis-fryman' },
      ]);
    const lives = (text: string) =>
      classifyRelationsWith(keepAll())(scene(text)).relations.filter((r) => r.type === 'LIVES_IN');
    expect(lives('In Kansas City, Travis Fryman doubled in the go-ahead run in the fifth.')).toEqual([]);
    expect(lives('At Kansas City, Travis Fryman allowed two runs.')).toEqual([]);
    // the same names with the place not fronted: the classifier's judgement stands
    expect(lives("Kansas City's Travis Fryman doubled in the go-ahead run in the fifth.")).toHaveLength(1);
  });

  it('reads a dateline as where the story was filed, not where the people and firms in it live or are based', () => {
    const lives = (text: string) =>
      classifyRelationsWith(keepAll())(
        resolvedState(text, [
          { text: 'RIYADH', type: 'Place', entity: 'place:riyadh' },
          { text: 'Hisham Nazer', type: 'Person', entity: 'person:hisham-nazer' },
        ]),
      ).relations.filter((r) => r.type === 'LIVES_IN');
    expect(lives('RIYADH, March 10 - Oil Minister Hisham Nazer said output was within the ceiling.')).toEqual([]);
    // the same place named in the story: the classifier's judgement stands
    expect(lives('Oil Minister Hisham Nazer of RIYADH said output was within the ceiling.')).toHaveLength(1);
  });

  it("gives a place's possessive to the name right after it, and to a list that name opens", () => {
    const rel = (text: string, mentions: Parameters<typeof resolvedState>[1]) =>
      classifyRelationsWith(keepAll())(resolvedState(text, mentions)).relations.map(
        (r) => `${r.type} ${r.source} -> ${r.target}`,
      );
    const meets = rel("Iraq's Saddam meets Russia's Zhirinovsky.", [
      { text: 'Iraq', type: 'Place', entity: 'place:iraq' },
      { text: 'Saddam', type: 'Person', entity: 'person:saddam' },
      { text: 'Russia', type: 'Place', entity: 'place:russia' },
      { text: 'Zhirinovsky', type: 'Person', entity: 'person:zhirinovsky' },
    ]);
    expect(meets.filter((f) => f.includes('person:zhirinovsky') && f.includes('place:iraq'))).toEqual([]);
    const firms = rel("South Korea's Daewoo Corp, unlisted Dacom Corp and Hanwha Corp bid for the licence.", [
      { text: 'South Korea', type: 'Place', entity: 'place:south-korea' },
      { text: 'Daewoo Corp', type: 'Organization', entity: 'organization:daewoo' },
      { text: 'Dacom Corp', type: 'Organization', entity: 'organization:dacom' },
      { text: 'Hanwha Corp', type: 'Organization', entity: 'organization:hanwha' },
    ]);
    expect(firms).toContain('BASED_IN organization:hanwha -> place:south-korea');
  });

  it('reads a killing only where a word of killing states one', () => {
    const killed = (text: string, a: string, b: string) =>
      classifyRelationsWith(keepAll())(
        resolvedState(text, [
          { text: a, type: 'Person', entity: 'person:a' },
          { text: b, type: 'Person', entity: 'person:b' },
        ]),
      ).relations.filter((r) => r.type === 'KILLED');
    // a cricket scorecard: leg before wicket, bowled by
    expect(killed('G. Thorpe lbw b Mohammad Akram 54', 'G. Thorpe', 'Mohammad Akram')).toEqual([]);
    expect(killed('Adrian Knup was overlooked by Artur Jorge.', 'Adrian Knup', 'Artur Jorge')).toEqual([]);
    expect(
      killed('Marc Dutroux has admitted killing Bernard Weinstein.', 'Marc Dutroux', 'Bernard Weinstein'),
    ).toHaveLength(1);
  });
});
