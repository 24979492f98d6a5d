import { ErrorCode, NewsgraphError } from '../errors';

/** The errors resolvers throw; format-error gives each its `extensions.code`. */
export const badInput = (message: string, argument?: string) =>
  new NewsgraphError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
export const notFound = (message: string) => new NewsgraphError(ErrorCode.NOT_FOUND, message);
export const unauthenticated = (message: string) => new NewsgraphError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => new NewsgraphError(ErrorCode.FORBIDDEN, message);
