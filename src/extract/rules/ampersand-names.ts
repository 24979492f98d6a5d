/**
 * "USA Track & Field", "Ernst & Young", "Procter & Gamble": an ampersand inside a name joins the
 * names of a firm or a body, written as its letterhead writes it. No person's name holds one, and a
 * place's rarely does: where the gazetteer knows the name with "and" ("Trinidad & Tobago") or every
 * part as a place, the name stays a place.
 */
import { place } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';

export function ampersandNames(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Person' && span.type !== 'Place') return span;
    const name = text.slice(span.start, span.end);
    if (!/\p{L}\s*&\s*\p{Lu}/u.test(name)) return span;
    const parts = name.split(/\s*&\s*/);
    if (span.type === 'Place' && (place(parts.join(' and ')) || parts.every((p) => place(p)))) return span;
    return { ...span, type: 'Organization' };
  });
}
