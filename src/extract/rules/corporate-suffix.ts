/**
 * A company's legal form after a comma ends its name: "Knight-Ridder, Inc.", "Ferris, Baker Watts,
 * Inc." are one organisation each, as CoNLL-2003 tags them, whatever the tagger made of the name
 * before the comma and of the suffix alone.
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const LEGAL_FORMS = /^(?:Inc|Ltd|Corp|Co|Cos|Plc|PLC|plc|LLC|L\.P|N\.V|S\.A|AG|GmbH)\.?$/;

export function namesWithLegalForm(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const span of spans) {
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
