/**
 * A time zone is no name: "9 a.m. EST", "1400 GMT", "noon ET" and "Greenwich Mean Time" tell when,
 * not who or where. The tagger, meeting an all-capital word, now and then reads a place ("Est") or
 * an organisation. An abbreviation is a time zone only after a clock time; a spelt-out zone ends in
 * "Standard", "Daylight", "Summer" or "Mean" and "Time".
 */
import type { TypedSpan } from '../tagger/tags';

const TIME_ZONES = new Set(
  'GMT UTC BST CET CEST EET EEST WET MSK IST JST KST HKT SGT AEST AEDT AWST NZST NZDT ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST'.split(
    ' ',
  ),
);
/** a clock time just before: "9 a.m.", "1400", "8:30", "noon", "midnight" */
const CLOCK = /(?:\b\d{1,2}(?:[:.]\d{2})?|\b\d{4}|\b[ap]\.?m\.?|\bnoon|\bmidnight)\s*$/i;
const SPELT =
  /^(?:(?:Greenwich|Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|British|Central European|Eastern European|Moscow|India|Japan|China|Australian Eastern) )?(?:Standard|Daylight|Summer|Mean) Time$/;

export function withoutTimeZones(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.filter((span) => {
    const name = text.slice(span.start, span.end);
    if (SPELT.test(name)) return false;
    if (!TIME_ZONES.has(name)) return true;
    return !CLOCK.test(text.slice(Math.max(0, span.start - 12), span.start));
  });
}
