import { parse, parseComments } from '../../../src/extract/stages/parse';
import { toArticleInput } from '../../../src/extract/formats';
import { ExtractError } from '../../../src/extract/errors';

describe('parse', () => {
  const text =
    'date 2024-01-02 Body one. Body two.\nMore body.© (c) Copyright Acme News 2024.\nalice\nFirst comment.\nBob Smith\nSecond comment.\nMore of it.';
  const state = parse({ source: 't', text });

  it('reads the date header and ends the body at the copyright line', () => {
    expect(state.article.publishedAt).toBe('2024-01-02');
    expect(state.article.publisher).toBe('Acme News');
    expect(text.slice(state.body[0]!.start, state.body[0]!.end)).toBe('Body one. Body two.\nMore body.');
  });

  it('splits reader comments into handle and text', () => {
    expect(state.comments.map((c) => [c.author, text.slice(c.start, c.end)])).toEqual([
      ['alice', 'First comment.'],
      ['Bob Smith', 'Second comment.\nMore of it.'],
    ]);
  });

  it('gives the same id to the same text and another to other text', () => {
    expect(parse({ source: 'x', text }).article.id).toBe(state.article.id);
    expect(parse({ source: 'x', text: `${text} ` }).article.id).not.toBe(state.article.id);
  });

  it("ends a wire story before its agency's sign-off line, and takes the agency as publisher", () => {
    const wire =
      'date 1987-03-02\nBUNDESBANK LEAVES RATES UNCHANGED\n  FRANKFURT, March 2 - The Bundesbank said.\n Reuter\n';
    const s = parse({ source: 'x', text: wire });
    expect(wire.slice(s.body[0]!.start, s.body[0]!.end)).toBe(
      'BUNDESBANK LEAVES RATES UNCHANGED\n  FRANKFURT, March 2 - The Bundesbank said.',
    );
    expect(s.article.publisher).toBe('Reuters');
    // a name on the last line that is no agency stays text
    const signed = parse({ source: 'x', text: 'The minister resigned.\nJohn Smith' });
    expect(signed.body[0]!.end).toBe('The minister resigned.\nJohn Smith'.length);
  });

  it('has no comments without a copyright line', () => {
    expect(parseComments('Just text.', 0)).toEqual([]);
    expect(parse({ source: 'x', text: 'Plain article text.' }).comments).toEqual([]);
  });

  it("dates an undated story by its dateline's full date, and by nothing less", () => {
    const dated = (t: string) => parse({ source: 'x', text: t }).article.publishedAt;
    expect(dated('Kurds clash again in Iraq.\nANKARA 1996-08-26\nHeavy fighting broke out.')).toBe('1996-08-26');
    expect(dated('WASHINGTON, Aug. 26, 1996 (Reuters) - The Fed said.')).toBe('1996-08-26');
    expect(dated('SOCCER - LEEDS WIN.\nLEEDS, England 1996-08-26\nLeeds won.')).toBe('1996-08-26');
    // a story filed from no one place dates itself all the same
    expect(dated('Tesla to join S&P 500\n\nNov 16, 2020 (Reuters) - Tesla Inc will join.')).toBe('2020-11-16');
    expect(dated('LONDON/BRUSSELS, Dec 24, 2020 (Reuters) - Britain and the EU struck a deal.')).toBe('2020-12-24');
    expect(dated('May 5, 2020 was the day the index fell.')).toBeNull();
    expect(dated('Nov 16 (Reuters) - Moderna said.')).toBeNull();
    // no year, no such day, no dateline, or a header that says otherwise
    expect(dated('LONDON, Feb 16 (Reuters) - Stocks fell.')).toBeNull();
    expect(dated('LONDON 1996-02-30\nStocks fell.')).toBeNull();
    expect(dated('Stocks fell on 1996-08-26 in London.')).toBeNull();
    expect(dated('date 2024-01-02\nANKARA 1996-08-26\nText.')).toBe('2024-01-02');
    expect(parse({ source: 'x', text: 'ANKARA 1996-08-26\nText.' }).diagnostics[0]!.message).toMatch(/dateline/);
  });

  it('refuses text with nothing in it', () => {
    expect(() => parse({ source: 'x', text: '   \n ' })).toThrow(ExtractError);
  });
});

describe('article formats', () => {
  it('reads a JSON article with its metadata', () => {
    const input = toArticleInput(
      'a.json',
      JSON.stringify({
        title: 'T',
        text: 'NATO met.',
        url: 'https://x.test/a',
        publishedAt: '2023-02-16T10:00:00Z',
        publisher: 'P',
      }),
    );
    expect(input.text).toBe('NATO met.');
    expect(input.meta).toEqual({ title: 'T', url: 'https://x.test/a', publisher: 'P', publishedAt: '2023-02-16' });
  });

  it('rejects malformed JSON with a typed error', () => {
    expect(() => toArticleInput('a.json', '{"text": ')).toThrow(expect.objectContaining({ code: 'INVALID_JSON' }));
  });

  it('blanks HTML tags and scripts without moving offsets', () => {
    const html =
      '<html><head><title>Hi</title></head><body><script>alert("NATO")</script><p>Jens Stoltenberg spoke.</p></body></html>';
    const input = toArticleInput('a.html', html);
    expect(input.text.length).toBe(html.length);
    expect(input.text).not.toMatch(/alert|<p>/);
    const at = html.indexOf('Jens');
    expect(input.text.slice(at, at + 16)).toBe('Jens Stoltenberg');
    expect(input.meta?.title).toBe('Hi');
  });
});
