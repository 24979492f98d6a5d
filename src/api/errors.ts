import { GraphQLError } from 'graphql';

/** Every error code a client can see in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The one base class: sets extensions.code (as Apollo Server's own errors do). */
export class NewsgraphError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = code;
  }
}

export const badInput = (message: string, argument?: string) =>
  new NewsgraphError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
export const notFound = (message: string) => new NewsgraphError(ErrorCode.NOT_FOUND, message);
export const unauthenticated = (message: string) => new NewsgraphError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => new NewsgraphError(ErrorCode.FORBIDDEN, message);
export const databaseUnavailable = () =>
  new NewsgraphError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is unavailable; try again shortly');
