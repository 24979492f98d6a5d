/** The Cypher and parameters ingestion generates, checked without a database. */
import type { ExtractOutput } from '../../../src/extract/output';
import { componentQuery, entityNamesQuery, planArticle, planRemoval, planResolved } from '../../../src/graph/write';

// A hand-written graph document, so the snapshot changes only when the Cypher does.
const text = 'date 2023-02-16\nNATO Secretary General Jens Stoltenberg said allies must help Ukraine.';
const doc: ExtractOutput = {
  source: 'mini.txt',
  article: { id: 'a1b2c3', title: 'Mini', url: null, publishedAt: '2023-02-16', publisher: 'Reuters', language: 'en' },
  sentences: [{ index: 0, start: 16, end: 85, section: 'body' }],
  entities: [
    {
      id: 'organization:nato',
      type: 'Organization',
      name: 'NATO',
      aliases: [],
      wikidataId: 'Q7184',
      mentions: [{ start: 16, end: 20, text: 'NATO', sentence: 0 }],
    },
    {
      id: 'person:jens-stoltenberg',
      type: 'Person',
      name: 'Jens Stoltenberg',
      aliases: [],
      mentions: [{ start: 21, end: 55, text: 'Secretary General Jens Stoltenberg', sentence: 0 }],
    },
    {
      id: 'place:ukraine',
      type: 'Place',
      name: 'Ukraine',
      aliases: ['Ukrainian'],
      countryCode: 'UA',
      latitude: 49,
      longitude: 32,
      mentions: [{ start: 77, end: 84, text: 'Ukraine', sentence: 0 }],
    },
  ],
  relations: [
    {
      type: 'HOLDS_POSITION',
      source: 'person:jens-stoltenberg',
      target: 'organization:nato',
      properties: { title: 'Secretary General' },
      evidence: [{ sentence: 0, start: 16, end: 55 }],
      confidence: 0.9,
    },
    {
      type: 'SUPPORTS',
      source: 'organization:nato',
      target: 'place:ukraine',
      properties: {},
      evidence: [{ sentence: 0, start: 16, end: 84 }],
      confidence: 0.6,
    },
  ],
  statements: [
    {
      id: 'statement:a1b2c3:1',
      speaker: 'person:jens-stoltenberg',
      text: 'allies must help Ukraine',
      direct: false,
      channel: null,
      date: '2023-02-16',
      about: ['place:ukraine'],
      evidence: [{ sentence: 0, start: 16, end: 85 }],
    },
  ],
  comments: [],
  diagnostics: [],
};

describe('planArticle', () => {
  const plan = planArticle(doc, 'hash', text);

  it('is a fixed, batched list of statements (no per-node round trips)', () => {
    expect(plan.queries.map((q) => q.text.split('\n')[0])).toMatchSnapshot();
    for (const q of plan.queries.slice(1)) expect(q.text).toMatch(/UNWIND|MATCH \(a:Article/);
  });

  it('passes every value as a parameter, never inside the Cypher text', () => {
    for (const q of plan.queries) {
      expect(q.text).not.toContain('Stoltenberg');
      expect(q.text).not.toContain(doc.article.id);
    }
    expect(plan.queries).toMatchSnapshot();
  });

  it('drops relations outside the vocabulary instead of writing them', () => {
    const bad = {
      ...doc,
      relations: [
        ...doc.relations,
        {
          type: 'DROP_ALL) //',
          source: 'person:jens-stoltenberg',
          target: 'organization:nato',
          properties: {},
          evidence: [{ sentence: 0, start: 0, end: 1 }],
          confidence: 1,
        },
      ],
    };
    const p = planArticle(bad, 'hash', text);
    expect(p.dropped).toEqual(['relation type DROP_ALL) // is not in the vocabulary']);
    expect(p.queries.some((q) => q.text.includes('DROP_ALL'))).toBe(false);
  });
});

describe('planRemoval', () => {
  it('removes the article only when asked to', () => {
    expect(planRemoval('abc', true).some((q) => /DETACH DELETE a$/.test(q.text))).toBe(false);
    expect(planRemoval('abc', false).some((q) => /DETACH DELETE a$/.test(q.text))).toBe(true);
    expect(planRemoval('abc', false)).toMatchSnapshot();
  });
});

describe('planResolved', () => {
  const plan = planResolved(doc, 'hash', text, new Map());

  it('keeps the article text, its extraction and one KEYED edge per name key of its people and organisations', () => {
    const article = plan.queries[0]!.params.article as Record<string, unknown>;
    expect(article.text).toBe(text);
    expect(JSON.parse(article.extraction as string).entities).toHaveLength(3);
    const keyed = plan.queries.at(-1)!.params.keyed as { key: string; local: string }[];
    // a person answers to its surname and to its given name's initial with the surname ("J. Stoltenberg")
    expect(keyed.map((k) => k.key)).toEqual([
      'Organization|nato',
      'Person|jens-stoltenberg',
      'Person|stoltenberg',
      'Person|j-stoltenberg',
    ]);
    expect(JSON.parse(keyed[1]!.local)).toMatchObject({
      localId: 'person:jens-stoltenberg',
      global: 'person:jens-stoltenberg',
    });
    expect(plan.queries).toMatchSnapshot();
  });

  it('finds the component of an article by its name keys, with parameters only', () => {
    expect(componentQuery(['Person|reagan'], 'a1b2c3')).toMatchSnapshot();
  });

  it('reads back the entities an article rewritten keeps, with parameters only', () => {
    const q = entityNamesQuery(['person:d-cork', "person:o'brien"]);
    expect(q.params).toEqual({ ids: ['person:d-cork', "person:o'brien"] });
    expect(q.text).not.toContain("o'brien");
    expect(q).toMatchSnapshot();
  });
});
