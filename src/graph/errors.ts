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

/**
 * Neo4j stopped a statement that ran past the client's timeout (NEO4J_QUERY_TIMEOUT_MS): the database
 * is there and the query may be fine, so this is neither an outage (the breaker stays closed) nor a bug.
 */
export class DatabaseTimeoutError extends NewsgraphError {
  constructor(
    readonly timeoutMs: number,
    cause?: unknown,
  ) {
    super(
      ErrorCode.DATABASE_TIMEOUT,
      `Neo4j did not answer within ${timeoutMs} ms (NEO4J_QUERY_TIMEOUT_MS)`,
      {},
      { cause },
    );
    this.name = 'DatabaseTimeoutError';
  }
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** True for driver errors that mean "Neo4j stopped the statement at its timeout". */
export function isTimeout(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return typeof code === 'string' && TIMEOUT_CODES.has(code);
}
