import { ExtractError, MAX_ARTICLE_BYTES, MAX_ARTICLE_LINES } from './errors';

/** Bytes to text, refusing what is not an article: empty, binary, invalid UTF-8, too large. */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new ExtractError(
      'TOO_LARGE',
      `input is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB per article`,
    );
  if (bytes.includes(0)) throw new ExtractError('BINARY_INPUT', 'input looks binary (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExtractError('INVALID_UTF8', 'input is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new ExtractError('EMPTY_INPUT', 'input is empty');
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > MAX_ARTICLE_LINES)
    throw new ExtractError('TOO_LARGE', `input has ${lines} lines; the limit is ${MAX_ARTICLE_LINES} per article`);
  // Control characters other than whitespace are a sign of a binary file.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 8 && controls / text.length > 0.001)
    throw new ExtractError('BINARY_INPUT', 'input looks binary (control characters)');
  return text;
}
