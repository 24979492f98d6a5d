import { decodeArticle } from '../../src/extract/decode';
import { MAX_ARTICLE_BYTES } from '../../src/extract/errors';

const code = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as { code?: string }).code;
  }
};

describe('decodeArticle refuses what is not an article, with a typed error', () => {
  it('empty and whitespace-only input', () => {
    expect(code(() => decodeArticle(Buffer.from('')))).toBe('EMPTY_INPUT');
    expect(code(() => decodeArticle(Buffer.from(' \n\t ')))).toBe('EMPTY_INPUT');
  });
  it('binary input', () => {
    expect(code(() => decodeArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])))).toBe('BINARY_INPUT');
  });
  it('invalid UTF-8', () => {
    expect(code(() => decodeArticle(Buffer.from([0x48, 0x69, 0xc3, 0x28])))).toBe('INVALID_UTF8');
  });
  it('more than the size limit', () => {
    expect(code(() => decodeArticle(Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a')))).toBe('TOO_LARGE');
  });
  it('a million short lines', () => {
    expect(code(() => decodeArticle(Buffer.from('a\n'.repeat(1_000_000))))).toBe('TOO_LARGE');
  });
  it('accepts ordinary UTF-8 text', () => {
    expect(decodeArticle(Buffer.from('Kyiv — “quoted” text'))).toBe('Kyiv — “quoted” text');
  });
});
