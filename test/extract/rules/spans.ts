/** Hand-made tagger spans for the span rules' tests: each phrase's first occurrence, with its type. */
import { tokenize } from '../../../src/extract/stages/segment';
import type { TypedSpan } from '../../../src/extract/tagger/tags';
import type { Token } from '../../../src/extract/types';

export const spansOf = (text: string, phrases: [string, TypedSpan['type']][]): TypedSpan[] =>
  phrases.map(([p, type]) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, type }));

/** Each span as [its text, its type]. */
export const typesOf = (text: string, spans: TypedSpan[]) => spans.map((s) => [text.slice(s.start, s.end), s.type]);

/** A rule over spans, the text's tokens and the text, applied to the given phrases and read back as typesOf. */
export const readWith =
  (rule: (spans: TypedSpan[], tokens: Token[], text: string) => TypedSpan[]) =>
  (text: string, phrases: [string, TypedSpan['type']][]) =>
    typesOf(text, rule(spansOf(text, phrases), tokenize(text, { start: 0, end: text.length }), text));
