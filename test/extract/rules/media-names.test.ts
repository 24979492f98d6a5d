import { mediaNames } from '../../../src/extract/rules/media-names';
import { tokenize } from '../../../src/extract/stages/segment';
import type { TypedSpan } from '../../../src/extract/tagger/tags';

const spansOf = (text: string, phrases: [string, TypedSpan['type']][]): TypedSpan[] =>
  phrases.map(([p, type]) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, type }));
const read = (text: string, phrases: [string, TypedSpan['type']][]) =>
  mediaNames(spansOf(text, phrases), tokenize(text, { start: 0, end: text.length })).map((s) => [
    text.slice(s.start, s.end),
    s.type,
  ]);

describe('mediaNames', () => {
  it('makes a name between a genitive and a medium an organisation, a number after it or not', () => {
    expect(
      read("Borrell told Germany's Phoenix broadcaster and France's Europe 1 radio.", [
        ['Germany', 'Place'],
        ['Phoenix', 'Place'],
        ['France', 'Place'],
        ['Europe', 'Place'],
      ]),
    ).toEqual([
      ['Germany', 'Place'],
      ['Phoenix', 'Organization'],
      ['France', 'Place'],
      ['Europe', 'Organization'],
    ]);
  });

  it('leaves a place before a medium without a genitive, or after one before another noun, alone', () => {
    expect(
      read("A Phoenix newspaper reported it from Russia's Moscow region.", [
        ['Phoenix', 'Place'],
        ['Moscow', 'Place'],
      ]),
    ).toEqual([
      ['Phoenix', 'Place'],
      ['Moscow', 'Place'],
    ]);
  });
});
