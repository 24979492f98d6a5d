/**
 * A capitalised name right before a company's legal form is a company's, where the tagger read
 * nothing there: "German partner BioNTech SE", "Gencor Ltd". The legal form is what says so;
 * CoNLL-2003, typed in 1996, holds few of the names and forms news writes now ("SE", the European
 * company, dates from 2004). Only forms that are nothing else are read: "Co" and "SA" are also a
 * county and a country's letters.
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const LEGAL_FORM = /^(?:Inc|Corp|Ltd|Plc|plc|PLC|AG|SE|SpA|GmbH|LLC|NV|N\.V)\.?$/;
/** a word of a company's name: capitalised, not a function word that a sentence or headline capitalises */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&)$/u;
const NOT_NAME = /^(?:The|A|An|In|On|At|Of|For|And|But|Its|His|Her|Their|Our|By|With|From|To)$/;

export function legalFormNames(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  const covered = (t: Token) => spans.some((s) => s.start < t.end && t.start < s.end);
  const added: TypedSpan[] = [];
  tokens.forEach((t, i) => {
    if (!LEGAL_FORM.test(t.text) || i === 0 || covered(t)) return;
    let from = i;
    while (from > 0 && i - from < 4 && NAME_WORD.test(tokens[from - 1]!.text) && !covered(tokens[from - 1]!)) from--;
    while (from < i && NOT_NAME.test(tokens[from]!.text)) from++;
    // a name of letters, not a number or a lone initial
    if (from === i || !/\p{L}{2}/u.test(tokens[from]!.text)) return;
    added.push({ start: tokens[from]!.start, end: t.end, type: 'Organization' });
  });
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
