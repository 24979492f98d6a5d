/**
 * A company's legal form after a comma ends its name: "Knight-Ridder, Inc.", "Ferris, Baker Watts,
 * Inc." are one organisation each, as CoNLL-2003 tags them, whatever the tagger made of the name
 * before the comma and of the suffix alone. And a legal form ends a company's name before "and" or
 * "&": "Ford Motor Co and Chrysler Corp", "Merrill Lynch and Co and Salomon Brothers Inc" are two
 * companies each (the "and Co" of the second is part of Merrill Lynch's name). But a capitalised
 * word that no other name holds, with "and" between it and a company's name, is the first of that
 * name's partners ("Standard and Poor's Corp", "Procter and Gamble Co").
 */
import { within } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const LEGAL_FORMS = /^(?:Inc|Ltd|Corp|Co|Cos|Plc|PLC|plc|LLC|L\.P|N\.V|S\.A|AG|GmbH|SpA|AB|Oy|NV|SA)\.?$/;

export function namesWithLegalForm(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const span of spans.flatMap((s) => companiesOfPair(s, tokens)).map((s, _, all) => withPartner(s, all, tokens))) {
    const at = tokens.findIndex((t) => t.start >= span.end);
    const comma = tokens[at];
    const form = tokens[at + 1];
    if (span.type === 'Misc' || comma?.text !== ',' || !form || !LEGAL_FORMS.test(form.text)) {
      // a suffix already joined to the name before it
      const last = out[out.length - 1];
      if (!(last && span.start >= last.start && span.end <= last.end)) out.push(span);
      continue;
    }
    out.push({ start: span.start, end: form.end, type: 'Organization' });
  }
  return out;
}

const AND = /^(?:and|&)$/;

/** An organisation span split after each legal form that "and" and another name follow. */
function companiesOfPair(span: TypedSpan, tokens: Token[]): TypedSpan[] {
  if (span.type !== 'Organization') return [span];
  const words = within(tokens, span.start, span.end);
  const out: TypedSpan[] = [];
  let from = 0;
  for (let k = 1; k + 2 < words.length; k++)
    if (
      k > from &&
      LEGAL_FORMS.test(words[k]!.text) &&
      AND.test(words[k + 1]!.text) &&
      /^\p{Lu}/u.test(words[k + 2]!.text) &&
      !LEGAL_FORMS.test(words[k + 2]!.text)
    ) {
      out.push({ ...span, start: words[from]!.start, end: words[k]!.end });
      from = k + 2;
    }
  if (from === 0) return [span];
  out.push({ ...span, start: words[from]!.start });
  return out;
}

/** A company's name with the partner before its "and" that no other name holds. */
function withPartner(span: TypedSpan, spans: TypedSpan[], tokens: Token[]): TypedSpan {
  if (span.type !== 'Organization') return span;
  const first = tokens.findIndex((t) => t.start === span.start);
  const last = tokens.findIndex((t) => t.end === span.end);
  const partner = tokens[first - 2];
  if (first < 2 || last < 0 || !LEGAL_FORMS.test(tokens[last]!.text) || !AND.test(tokens[first - 1]!.text)) return span;
  // a capitalised word of no other name; opening the sentence, no plural ("Analysts and Mobil Corp")
  if (
    !partner ||
    !/^\p{Lu}\p{Ll}+$/u.test(partner.text) ||
    (first === 2 && /s$/.test(partner.text)) ||
    spans.some((s) => s.start < partner.end && partner.start < s.end)
  )
    return span;
  return { ...span, start: partner.start };
}
