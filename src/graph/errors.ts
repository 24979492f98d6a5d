import { ErrorCode, NewsgraphError } from '../errors';
/** Neo4j could not be reached: one line saying where we tried. */
export class DatabaseUnavailableError extends NewsgraphError {
  constructor(
    readonly uri: string,
    cause?: unknown,
  ) {
    super(
      ErrorCode.DATABASE_UNAVAILABLE,
      `Neo4j is unreachable at ${uri}${cause instanceof Error ? `: ${cause.message.split('\n')[0]}` : ''}`,
      {},
      { cause },
    );
    this.name = 'DatabaseUnavailableError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** True for driver errors that mean "the database is not there", not "your query is wrong". */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError'));
}
