/**
 * The one error base of every layer (after apollo-server's ApolloError codes): a code from one enum,
 * a one-line message, and details a caller may show. Extraction, config, graph, export and client
 * errors extend it; the API maps codes to GraphQL `extensions.code` in one place (api/format-error).
 */
export enum ErrorCode {
  // the client's request
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  // an input that is no article (extraction)
  EMPTY_INPUT = 'EMPTY_INPUT',
  BINARY_INPUT = 'BINARY_INPUT',
  INVALID_UTF8 = 'INVALID_UTF8',
  TOO_LARGE = 'TOO_LARGE',
  INVALID_JSON = 'INVALID_JSON',
  NO_TEXT = 'NO_TEXT',
  // a setting that is missing or wrong
  INVALID_CONFIG = 'INVALID_CONFIG',
  // Neo4j is not there
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  // Neo4j stopped a statement that ran past NEO4J_QUERY_TIMEOUT_MS
  DATABASE_TIMEOUT = 'DATABASE_TIMEOUT',
  // a GraphQL server answered a client of ours with errors
  REQUEST_FAILED = 'REQUEST_FAILED',
  // a bug of ours
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class NewsgraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** what a client may see beside the message, e.g. `{ argument: 'url' }` */
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NewsgraphError';
  }
}

/** Codes that mean "this input is not an article": the caller's mistake, not ours. */
export const INPUT_CODES: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.EMPTY_INPUT,
  ErrorCode.BINARY_INPUT,
  ErrorCode.INVALID_UTF8,
  ErrorCode.TOO_LARGE,
  ErrorCode.INVALID_JSON,
  ErrorCode.NO_TEXT,
]);
