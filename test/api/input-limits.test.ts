import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { inputProblem, isCalendarDay } from '../../src/api/input-limits';
import { loadTypeDefs } from '../../src/api/schema';

const schema = buildSchema(loadTypeDefs());
const NOW = new Date('2026-06-15T12:00:00Z');
const problem = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return inputProblem(schema, document, document.definitions[0] as OperationDefinitionNode, variables, NOW);
};
const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';

describe('input limits', () => {
  it('knows the calendar', () => {
    expect(['2024-02-29', '2023-12-31'].map(isCalendarDay)).toEqual([true, true]);
    expect(['2023-02-29', '2023-02-30', '2023-13-01', '2023-1-1'].map(isCalendarDay)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('names the argument that breaks a limit, in literals, variables and fragments', () => {
    expect(problem(`{ entity(id: "${'x'.repeat(301)}") { id } }`)?.argument).toBe('entity.id');
    expect(problem('query ($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(201) })?.argument).toBe(
      'search.text',
    );
    expect(
      problem(
        `{ entity(id: "a") { ...F } } fragment F on Person { relationships(types: ["${'T'.repeat(400)}"]) { totalCount } }`,
      )?.argument,
    ).toBe('relationships.types');
  });

  it('bounds every field of the ingest input, and dates to real days no later than tomorrow', () => {
    const ok = { text: 'Duda met Stoltenberg in Warsaw.', title: 'A title', publishedAt: '2026-06-16' };
    expect(problem(INGEST, { input: ok })).toBeNull();
    expect(problem(INGEST, { input: { ...ok, title: 'x'.repeat(501) } })?.argument).toBe('ingestArticle.input.title');
    expect(problem(INGEST, { input: { ...ok, url: `https://x/${'a'.repeat(2100)}` } })?.argument).toBe(
      'ingestArticle.input.url',
    );
    expect(problem(INGEST, { input: { ...ok, publishedAt: '2026-06-17' } })?.message).toMatch(/later than 2026-06-16/);
    expect(problem(INGEST, { input: { ...ok, publishedAt: '2023-02-30' } })?.argument).toBe(
      'ingestArticle.input.publishedAt',
    );
    // the article text is bounded in bytes, far above the other strings
    expect(problem(INGEST, { input: { ...ok, text: 'x'.repeat(100_000) } })).toBeNull();
  });

  it('bounds list sizes', () => {
    const types = Array.from({ length: 101 }, (_, i) => `T${i}`);
    expect(
      problem('query ($t: [String!]) { entity(id: "a") { relationships(types: $t) { totalCount } } }', { t: types })
        ?.message,
    ).toMatch(/at most 100 values/);
  });
});
