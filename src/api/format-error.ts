import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseUnavailableError } from '../graph/errors';
import { ErrorCode } from './errors';

// graphql-armor rejects with plain validation errors; these are their messages.
const ARMOR_REJECTION =
  /(Query Cost limit|Query depth limit|Aliases limit|Directives limit|Token limit|Max tokens|exceeded)/i;

/**
 * Gives every error a code from ErrorCode and, in production, hides the
 * internals (stack traces, Cypher, driver messages) of unexpected errors.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DatabaseUnavailableError) {
      return {
        message: 'The graph database is unavailable; try again shortly',
        path: formatted.path,
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      };
    }
    const code = formatted.extensions?.code;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && ARMOR_REJECTION.test(formatted.message)) {
      return {
        message: formatted.message.replace(/^Syntax Error: /, ''),
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
      };
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST') {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
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
