import { ErrorCode, NewsgraphError } from '../errors';

/** Why an input cannot be extracted: a typed, one-line error per input. */
export type ExtractErrorCode =
  'EMPTY_INPUT' | 'BINARY_INPUT' | 'INVALID_UTF8' | 'TOO_LARGE' | 'INVALID_JSON' | 'NO_TEXT';

export class ExtractError extends NewsgraphError {
  constructor(code: ExtractErrorCode, message: string) {
    super(ErrorCode[code], message);
    this.name = 'ExtractError';
  }
}

/** Larger inputs are refused: no news article is this long, and memory stays bounded. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** More lines than this is a log or a data dump, not an article (and would cost gigabytes). */
export const MAX_ARTICLE_LINES = 100_000;
