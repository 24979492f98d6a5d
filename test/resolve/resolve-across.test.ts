import type { ExtractOutput } from '../../src/extract';
import { localsOf, resolveAcross, roleOf, type ArticleLocals } from '../../src/resolve';

type E = {
  id: string;
  type: 'Person' | 'Organization' | 'Place';
  name: string;
  aliases?: string[];
  titles?: string[];
};

/** One article's locals, from entities as the extractor gives them. */
const article = (articleId: string, date: string | null, entities: E[]): ArticleLocals => ({
  articleId,
  date,
  locals: localsOf({
    entities: entities.map((e) => ({ aliases: [], mentions: [], ...e })),
  } as Pick<ExtractOutput, 'entities'>),
});

const idsOf = (articles: ArticleLocals[]) => {
  const r = resolveAcross(articles);
  return Object.fromEntries(
    articles.flatMap((a) => a.locals.map((l) => [`${a.articleId}/${l.localId}`, r.get(a.articleId)!.get(l.localId)!])),
  );
};

const reagan = article('a1', '1987-03-02', [{ id: 'person:reagan', type: 'Person', name: 'Reagan' }]);
const ronald = article('a2', '1987-05-10', [
  { id: 'person:ronald-reagan', type: 'Person', name: 'Ronald Reagan', aliases: ['Reagan'] },
]);
const regan = article('a3', '1987-04-01', [
  { id: 'person:donald-regan', type: 'Person', name: 'Donald Regan', aliases: ['Regan'] },
]);

describe('resolution across articles', () => {
  it('gives a surname alone to the one person of that surname seen in those years', () => {
    const ids = idsOf([reagan, ronald, regan]);
    expect(ids['a1/person:reagan']).toEqual({ id: 'person:ronald-reagan', name: 'Ronald Reagan', aliases: ['Reagan'] });
    expect(ids['a3/person:donald-regan']!.id).toBe('person:donald-regan'); // one letter apart: another man
  });

  it('keeps a surname apart when two people could be meant, or when decades lie between', () => {
    const nancy = article('a4', '1987-06-01', [{ id: 'person:nancy-reagan', type: 'Person', name: 'Nancy Reagan' }]);
    expect(idsOf([reagan, ronald, nancy])['a1/person:reagan']!.id).toBe('person:reagan');
    const stoltenberg1987 = article('b1', '1987-10-20', [
      { id: 'person:stoltenberg', type: 'Person', name: 'Stoltenberg' },
    ]);
    const jens2023 = article('b2', '2023-02-16', [
      { id: 'person:jens-stoltenberg', type: 'Person', name: 'Jens Stoltenberg' },
    ]);
    expect(idsOf([stoltenberg1987, jens2023])['b1/person:stoltenberg']!.id).toBe('person:stoltenberg');
    const stoltenberg2022 = { ...stoltenberg1987, articleId: 'b3', date: '2022-11-01' };
    expect(idsOf([stoltenberg2022, jens2023])['b3/person:stoltenberg']!.id).toBe('person:jens-stoltenberg');
  });

  it('of two people of one surname, gives it to the one named beside the same people', () => {
    const ronaldWithNakasone = article('g1', '1987-03-02', [
      { id: 'person:ronald-reagan', type: 'Person', name: 'Ronald Reagan' },
      { id: 'person:yasuhiro-nakasone', type: 'Person', name: 'Yasuhiro Nakasone' },
    ]);
    const nancy = article('g2', '1987-03-03', [
      { id: 'person:nancy-reagan', type: 'Person', name: 'Nancy Reagan' },
      { id: 'organization:white-house', type: 'Organization', name: 'White House' },
    ]);
    const shortWithNakasone = article('g3', '1987-03-04', [
      { id: 'person:reagan', type: 'Person', name: 'Reagan' },
      { id: 'person:nakasone', type: 'Person', name: 'Yasuhiro Nakasone' },
    ]);
    const shortAlone = article('g4', '1987-03-05', [{ id: 'person:reagan', type: 'Person', name: 'Reagan' }]);
    const ids = idsOf([ronaldWithNakasone, nancy, shortWithNakasone, shortAlone]);
    expect(ids['g3/person:reagan']!.id).toBe('person:ronald-reagan');
    expect(ids['g4/person:reagan']!.id).toBe('person:reagan'); // nothing tells which Reagan
  });

  it('gives a titled surname only to the person titled in the same role, or never titled', () => {
    const titled = (articleId: string, id: string, name: string, title?: string): ArticleLocals => ({
      articleId,
      date: '2023-06-01',
      locals: localsOf({
        entities: [
          { id, type: 'Person', name, aliases: [], mentions: [] },
          { id: 'place:uk', type: 'Place', name: 'United Kingdom', aliases: [], mentions: [] },
        ],
        relations: title
          ? [
              {
                type: 'HOLDS_POSITION',
                source: id,
                target: 'place:uk',
                properties: { title },
                evidence: [],
                confidence: 0.9,
                assertion: 'reported',
                attributedTo: null,
              },
            ]
          : [],
      } as unknown as Pick<ExtractOutput, 'entities' | 'relations'>),
    });
    const boris = titled('j1', 'person:boris-johnson', 'Boris Johnson', 'Prime Minister');
    const ids = idsOf([
      boris,
      titled('j2', 'person:johnson', 'Johnson', 'Governor'),
      titled('j3', 'person:johnson', 'Johnson', 'Prime Minister'),
      titled('j4', 'person:johnson', 'Johnson'),
    ]);
    expect(ids['j2/person:johnson']!.id).toBe('person:johnson'); // a governor: someone else
    expect(ids['j3/person:johnson']!.id).toBe('person:boris-johnson');
    expect(ids['j4/person:johnson']!.id).toBe('person:boris-johnson'); // untitled: the only Johnson of those years
    expect(boris.locals[0]!.roles).toEqual(['minister']);
  });

  it('reads a bare title before a name as a role too, so a king is not the president of his name', () => {
    const ids = idsOf([
      article('h1', '1996-08-22', [
        { id: 'person:saddam-hussein', type: 'Person', name: 'Saddam Hussein', titles: ['President'] } as E,
      ]),
      article('h2', '1996-08-23', [{ id: 'person:hussein', type: 'Person', name: 'Hussein', titles: ['King'] } as E]),
      article('h3', '1996-08-24', [{ id: 'person:hussein', type: 'Person', name: 'Hussein' }]),
    ]);
    expect(ids['h2/person:hussein']!.id).toBe('person:hussein');
    expect(ids['h3/person:hussein']!.id).toBe('person:saddam-hussein');
  });

  it("gives an initial and surname to the one person of that given name's initial, by the company it keeps", () => {
    const ids = idsOf([
      article('c1', '1996-08-22', [
        { id: 'person:a-stewart', type: 'Person', name: 'A. Stewart' },
        { id: 'person:c-lewis', type: 'Person', name: 'C. Lewis' },
        { id: 'organization:england', type: 'Organization', name: 'England' },
      ]),
      article('c2', '1996-08-25', [
        { id: 'person:alec-stewart', type: 'Person', name: 'Alec Stewart' },
        { id: 'person:chris-lewis', type: 'Person', name: 'Chris Lewis' },
        { id: 'organization:england', type: 'Organization', name: 'England' },
      ]),
      article('c3', '1996-08-24', [{ id: 'person:carl-lewis', type: 'Person', name: 'Carl Lewis' }]),
    ]);
    expect(ids['c1/person:a-stewart']!.id).toBe('person:alec-stewart');
    // two men answer to "C. Lewis": the one whose articles name England too
    expect(ids['c1/person:c-lewis']!.id).toBe('person:chris-lewis');
    expect(ids['c3/person:carl-lewis']!.id).toBe('person:carl-lewis');
    // an initial is no given name: "A. Stewart" answers to no "A. Stewart" of its own
    expect(
      localsOf({
        entities: [{ id: 'person:a-stewart', type: 'Person', name: 'A. Stewart', aliases: [], mentions: [] }],
      } as unknown as Pick<ExtractOutput, 'entities'>)[0]!.answers,
    ).toEqual(['stewart']);
  });

  it('answers to a surname of several words only where its own article wrote it so', () => {
    const ids = idsOf([
      article('s1', '1996-08-22', [
        {
          id: 'person:arantxa-sanchez-vicario',
          type: 'Person',
          name: 'Arantxa Sanchez Vicario',
          aliases: ['Sanchez Vicario'],
        },
      ]),
      article('s2', '1996-08-23', [{ id: 'person:sanchez-vicario', type: 'Person', name: 'Sanchez Vicario' }]),
      article('s3', '1996-08-22', [{ id: 'person:john-paul-jones', type: 'Person', name: 'John Paul Jones' }]),
      article('s4', '1996-08-23', [{ id: 'person:paul-jones', type: 'Person', name: 'Paul Jones' }]),
    ]);
    expect(ids['s2/person:sanchez-vicario']!.id).toBe('person:arantxa-sanchez-vicario');
    expect(ids['s4/person:paul-jones']!.id).toBe('person:paul-jones');
  });

  it('reads a title by its head word, the one "general" follows', () => {
    expect(
      [
        'Prime Minister',
        'Foreign Minister',
        'Defense Secretary',
        'Secretary General',
        'Secretary-General',
        'Attorney General',
        'Governor',
      ].map(roleOf),
    ).toEqual(['minister', 'minister', 'secretary', 'secretary', 'secretary', 'attorney', 'governor']);
  });

  it('makes one organisation of its corporate suffix, its acronym and its name without the country', () => {
    const ids = idsOf([
      article('c1', '1987-01-05', [{ id: 'organization:exxon-corp', type: 'Organization', name: 'Exxon Corp' }]),
      article('c2', '1987-01-06', [{ id: 'organization:exxon', type: 'Organization', name: 'Exxon' }]),
      article('c3', '1987-01-07', [
        {
          id: 'organization:securities-and-exchange-commission',
          type: 'Organization',
          name: 'Securities and Exchange Commission',
          aliases: ['SEC'],
        },
      ]),
      article('c4', '1987-01-08', [{ id: 'organization:sec', type: 'Organization', name: 'SEC' }]),
      article('c5', '1987-01-09', [
        { id: 'organization:us-agriculture-department', type: 'Organization', name: 'U.S. Agriculture Department' },
      ]),
      article('c6', '1987-01-10', [
        { id: 'organization:agriculture-department', type: 'Organization', name: 'Agriculture Department' },
      ]),
      article('c7', '1987-01-11', [
        {
          id: 'organization:us-department-of-agriculture',
          type: 'Organization',
          name: 'U.S. Department of Agriculture',
          aliases: ['USDA'],
        },
      ]),
    ]);
    expect(ids['c1/organization:exxon-corp']).toEqual(ids['c2/organization:exxon']);
    expect(ids['c1/organization:exxon-corp']).toEqual({
      id: 'organization:exxon',
      name: 'Exxon Corp',
      aliases: ['Exxon'],
    });
    expect(ids['c4/organization:sec']!.id).toBe('organization:securities-and-exchange-commission');
    expect(ids['c6/organization:agriculture-department']!.id).toBe('organization:us-agriculture-department');
    // "Department of Agriculture" is the same office as "Agriculture Department"
    expect(ids['c7/organization:us-department-of-agriculture']!.id).toBe('organization:us-agriculture-department');
  });

  it('names an entity in mixed case where an article printed it in capitals', () => {
    const ids = idsOf([
      article('f1', '1996-08-22', [{ id: 'organization:seattle', type: 'Organization', name: 'SEATTLE' }]),
      article('f2', '1996-08-23', [{ id: 'organization:seattle', type: 'Organization', name: 'Seattle' }]),
    ]);
    expect(ids['f1/organization:seattle']).toEqual({
      id: 'organization:seattle',
      name: 'Seattle',
      aliases: ['SEATTLE'],
    });
  });

  it('never joins two countries\u2019 ministries through their shared short form', () => {
    const ids = idsOf([
      article('d1', '2023-01-01', [
        { id: 'organization:russian-defense-ministry', type: 'Organization', name: 'Russian Defense Ministry' },
      ]),
      article('d2', '2023-01-02', [
        { id: 'organization:ukrainian-defense-ministry', type: 'Organization', name: 'Ukrainian Defense Ministry' },
      ]),
      article('d3', '2023-01-03', [
        { id: 'organization:defense-ministry', type: 'Organization', name: 'Defense Ministry' },
      ]),
    ]);
    expect(new Set(Object.values(ids).map((g) => g.id)).size).toBe(3);
  });

  it('gives the same entities whatever the order of the articles', () => {
    const all = [
      reagan,
      ronald,
      regan,
      article('e1', '1987-02-01', [
        { id: 'person:ronald-w-reagan', type: 'Person', name: 'Ronald W. Reagan' },
        { id: 'organization:general-motors-corp', type: 'Organization', name: 'General Motors Corp', aliases: ['GM'] },
      ]),
      article('e2', '1987-02-02', [{ id: 'organization:gm', type: 'Organization', name: 'GM' }]),
      article('e3', '1987-02-03', [{ id: 'place:moscow', type: 'Place', name: 'Moscow' }]),
    ];
    const expected = idsOf(all);
    expect(expected['e2/organization:gm']!.id).toBe('organization:general-motors');
    expect(expected['a2/person:ronald-reagan']).toEqual({
      id: 'person:ronald-reagan',
      name: 'Ronald W. Reagan',
      aliases: ['Reagan', 'Ronald Reagan'],
    });
    for (const order of [
      [5, 4, 3, 2, 1, 0],
      [2, 0, 5, 1, 3, 4],
      [4, 1, 0, 3, 5, 2],
    ])
      expect(idsOf(order.map((i) => all[i]!))).toEqual(expected);
  });
});
