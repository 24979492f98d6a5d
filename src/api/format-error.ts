import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, INPUT_CODES, NewsgraphError } from '../errors';

// graphql-armor rejects with plain validation errors; these are their messages.
const ARMOR_REJECTION =
  /(Query Cost limit|Query depth limit|Aliases limit|Directives limit|Token limit|Max tokens|exceeded)/i;
// graphql-js's own token limit (the parse option maxTokens) fails parsing with this message
const TOKEN_LIMIT = /^Syntax Error: Document contains more th[ae]n \d+ tokens/;

const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly';

/** The one mapping from the layers' error codes to what a GraphQL client sees. */
function fromNewsgraph(err: NewsgraphError, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const at = { path: formatted.path, locations: formatted.locations };
  if (err.code === ErrorCode.DATABASE_UNAVAILABLE)
    return { message: UNAVAILABLE_MESSAGE, ...at, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
  // an input that is no article: the client's mistake, reported on the text argument
  if (INPUT_CODES.has(err.code))
    return {
      message: `${err.code}: ${err.message}`,
      ...at,
      extensions: { argument: 'text', ...err.details, code: ErrorCode.BAD_USER_INPUT, reason: err.code },
    };
  return { message: err.message, ...at, extensions: { ...err.details, code: err.code } };
}

/**
 * Gives every error a code from ErrorCode and, in production, hides the
 * internals (stack traces, Cypher, driver messages) of unexpected errors.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof NewsgraphError && original.code !== ErrorCode.INTERNAL_SERVER_ERROR)
      return fromNewsgraph(original, formatted);
    const code = formatted.extensions?.code;
    if (
      (code === 'GRAPHQL_VALIDATION_FAILED' && ARMOR_REJECTION.test(formatted.message)) ||
      (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message))
    ) {
      return {
        message: formatted.message.replace(/^Syntax Error: /, ''),
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
      };
    }
    // parse, validation, coercion (BAD_USER_INPUT) and malformed-request (BAD_REQUEST) errors keep
    // Apollo's standard codes: clients and tools switch on them
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      return production
        ? {
            message: 'Internal server error',
            path: formatted.path,
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
          }
        : { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return formatted;
  };
}
