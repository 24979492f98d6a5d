/**
 * Hostile GraphQL requests, generated with fast-check from valid operations: truncated documents,
 * random tokens and punctuation, deep nesting, alias floods, wrong variable types, huge numbers,
 * odd Unicode, malformed bodies, mutations with a missing or wrong key. Used by the fuzz test and,
 * with its own seed, by the soak. None may make a 5xx or change the graph.
 */
import fc from 'fast-check';

export interface HostileRequest {
  kind: string;
  /** the raw HTTP body (usually JSON, sometimes not) */
  body: string;
  headers: Record<string, string>;
}

/** Every code a client may see on a refused request: Apollo's own and ErrorCode's client codes. */
export const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
]);

const json = (query: unknown, variables?: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query, ...(variables === undefined ? {} : { variables }), ...extra });

const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    '\uFFFF',
    '\uD800',
    '𝕏𝕐',
    '"\\',
    '${x}',
    "' OR 1=1 --",
    'MATCH (n) DETACH DELETE n',
    '*:*~',
  ),
);
const hugeNumber = fc.oneof(
  fc.constantFrom(2 ** 31, 2 ** 53 + 1, -(2 ** 53), 1e308, -1, 0, 1e40, 0.5),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);
const punctuation = fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '!', '"', '$', '@', '...', '#', ',', '=', '|');
const anyValue = fc.oneof(
  oddText,
  hugeNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** Requests derived from `bases` (valid operations) and from the schema's shapes. */
export function hostileRequests(bases: string[]): fc.Arbitrary<HostileRequest> {
  const base = fc.constantFrom(...bases);
  const accept = fc.constantFrom('application/json', 'application/graphql-response+json', '*/*');
  const req =
    (kind: string) =>
    (body: string, a: string, headers: Record<string, string> = {}) => ({
      kind,
      body,
      headers: { 'content-type': 'application/json', accept: a, ...headers },
    });
  const nest = (depth: number) => {
    let inner = 'id';
    for (let i = 0; i < depth; i++) inner = `relationships { edges { node { other { ${inner} } } } }`;
    return `{ entity(id: "person:jens-stoltenberg") { ${inner} } }`;
  };
  return fc.oneof(
    fc.tuple(base, fc.nat(), accept).map(([q, n, a]) => req('truncated')(json(q.slice(0, n % (q.length + 1))), a)),
    fc.tuple(base, fc.nat(), fc.array(punctuation, { minLength: 1, maxLength: 4 }), accept).map(([q, n, p, a]) => {
      const at = n % (q.length + 1);
      return req('punctuated')(json(q.slice(0, at) + p.join('') + q.slice(at)), a);
    }),
    fc
      .tuple(base, oddText, accept)
      .map(([q, s, a]) => req('odd-strings')(json(q.replace(/"[^"]*"/g, JSON.stringify(s))), a)),
    fc
      .tuple(base, hugeNumber, accept)
      .map(([q, n, a]) => req('huge-numbers')(json(q.replace(/\b\d+\b/g, String(n))), a)),
    fc.tuple(fc.integer({ min: 1, max: 40 }), accept).map(([d, a]) => req('deep')(json(nest(d)), a)),
    fc.tuple(fc.integer({ min: 1, max: 80 }), base, accept).map(([n, q, a]) => {
      const body = q
        .trim()
        .replace(/^(query|mutation)?[^{]*\{/, '')
        .replace(/\}\s*$/, '');
      const aliased = Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ');
      return req('aliases')(json(`{ ${aliased} }`), a);
    }),
    fc
      .tuple(anyValue, anyValue, anyValue, accept)
      .map(([id, n, t, a]) =>
        req('wrong-variables')(
          json(
            'query ($id: ID!, $n: Int, $t: [String!], $d: Date) { entity(id: $id) { name relationships(first: $n, types: $t) { totalCount } } events(from: $d) { totalCount } }',
            { id, n, t, d: t },
          ),
          a,
        ),
      ),
    fc
      .tuple(fc.record({ text: anyValue, title: anyValue, url: anyValue, publishedAt: anyValue }), fc.boolean(), accept)
      .map(([input, keyed, a]) =>
        req('mutation')(
          json('mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }', { input }),
          a,
          keyed ? { 'x-api-key': 'a-wrong-api-key' } : {},
        ),
      ),
    fc
      .tuple(fc.constantFrom('deleteArticle(id: "12f53d0ea5860583")', 'deleteArticle(id: "")'), fc.boolean(), accept)
      .map(([m, keyed, a]) =>
        req('mutation')(json(`mutation { ${m} }`), a, keyed ? { 'x-api-key': 'guess-guess' } : {}),
      ),
    fc.tuple(oddText, accept).map(([s, a]) => req('random-document')(json(s), a)),
    fc
      .tuple(fc.oneof(anyValue, fc.dictionary(fc.string(), anyValue)), anyValue, accept)
      .map(([q, v, a]) => req('malformed-fields')(JSON.stringify({ query: q, variables: v, operationName: v }), a)),
    fc
      .tuple(base, oddText, accept)
      .map(([q, name, a]) => req('operation-name')(json(q, undefined, { operationName: name }), a)),
    fc.tuple(oddText, accept).map(([s, a]) => req('malformed-body')(`{"query": ${s}`, a)),
  );
}
