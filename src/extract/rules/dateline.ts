/**
 * A wire-service dateline ("ADDIS ABABA, Ethiopia (AP) --", "Taipei, Jan. 20 (CNA) --", "LOS ANGELES
 * (AP)", "ISTANBUL/ADANA, Turkey, Feb 7 (Reuters) -") names where the story was filed and the agency that filed it. Its form: the agency in
 * brackets after nothing but capitalised words, numbers and commas, and then the end of the
 * sentence or a dash. The place is what comes before the first comma: a place, whatever its words
 * look like in capitals.
 */
import { placeAnyCase } from '../lexicon/gazetteer';
import type { Range } from '../types';

/**
 * A dateline that dates the story: a place in capitals, perhaps its region, then a full date and
 * nothing but the agency and a dash ("ANKARA 1996-08-26", "LEEDS, England 1996-08-26", "WASHINGTON,
 * Aug. 26, 1996 (Reuters) -"), or two places of one story ("LONDON/BRUSSELS, Dec 24, 2020 (Reuters) -",
 * the first its place). A dateline without a year ("LONDON, Feb 16 (Reuters) -") dates nothing.
 */
export const DATED_DATELINE =
  /^[ \t]*(?<place>\p{Lu}[\p{Lu} .'-]*\p{Lu}\.?)(?:\/\p{Lu}[\p{Lu} .'-]*\p{Lu}\.?)*(?:,[ \t]+\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,2})?,?[ \t]+(?:(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})|(?<month>\p{L}{3})\p{L}*\.?[ \t]+(?<day>\d{1,2}),?[ \t]+(?<year>\d{4}))[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:[-–—]|$)/dmu;

/**
 * A dateline of the date alone, with its agency and dash ("Nov 16, 2020 (Reuters) -"): the wires' form
 * for a story filed from no one place. The bracket and dash are required, so a sentence that opens
 * with a date ("May 5, 2020 was the day ...") dates nothing.
 */
export const DATE_ONLY_DATELINE =
  /^[ \t]*(?<month>\p{Lu}\p{Ll}{2})\p{Ll}*\.?[ \t]+(?<day>\d{1,2}),?[ \t]+(?<year>\d{4})[ \t]*\([^)\n]{1,40}\)[ \t]*[-–—]/mu;

/** The rule name of a dateline's place mention, whose type its position fixes. */
export const DATELINE_RULE = 'dateline';

export interface Dateline {
  place: Range;
  agency: Range;
}

export function datelineOf(text: string, sentenceStart: number, sentenceEnd: number): Dateline | null {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const lead = /^\s*(?:\(Text\)\s*)?/.exec(sentence)![0].length;
  const open = sentence.indexOf('(', lead);
  const close = open < 0 ? -1 : sentence.indexOf(')', open);
  if (close < 0) return null;
  const before = sentence.slice(lead, open);
  if (!/^[\p{Lu}\p{N}][\p{L}\p{N}.,'/ -]*$/u.test(before.trim()) || /\s\p{Ll}/u.test(before)) return null;
  if (!/^\s*(?:[-–—]|$)/u.test(sentence.slice(close + 1))) return null;
  const comma = before.indexOf(',');
  // a story filed from two places names both, the first its place ("ISTANBUL/ADANA, Turkey")
  const place = (comma < 0 ? before : before.slice(0, comma)).split('/')[0]!.trimEnd();
  return {
    place: { start: sentenceStart + lead, end: sentenceStart + lead + place.length },
    agency: { start: sentenceStart + open + 1, end: sentenceStart + close },
  };
}

/**
 * The name a sentence's dateline opens with is a place ("LOS ANGELES (AP)" is no team or firm). A
 * bracket after a name is many things in results and tables ("Mazeikyte (Lithuania)", "CHICAGO 3
 * Atlanta 2 (1st game)"): here the bracket holds one word, an agency's, and the place is written
 * in capitals or followed by its region or date ("Taipei, Jan. 20 (CNA)").
 */
export function datelinePlaces<S extends { start: number; end: number; type: string }>(
  spans: S[],
  place: Range | null, // datelinePlace's answer for the sentence, which the tag stage reads again
): S[] {
  if (!place) return spans;
  const over = (s: S) => s.start < place.end && place.start < s.end;
  // where the tagger read nothing there ("ISTANBUL/ADANA, Turkey"), or only part of its words
  // ("BUENOS" of "BUENOS AIRES"), the dateline's place is one all the same
  const within = (s: S) => s.start >= place.start && s.end <= place.end;
  if (spans.filter(over).every((s) => within(s) && (s.start !== place.start || s.end !== place.end)))
    return [{ start: place.start, end: place.end, type: 'Place' } as S, ...spans.filter((s) => !over(s))];
  return spans.map((s) =>
    s.start === place.start && s.end === place.end && s.type !== 'Place' && s.type !== 'Misc'
      ? { ...s, type: 'Place' }
      : s,
  );
}

/**
 * Where the sentence's dateline names its place, if it opens with one. Its type is fixed by where it
 * stands: a story's later mentions of a team of the same name ("LEEDS, England" over Leeds United's
 * match report) do not make it the team (rules/one-type-per-name.ts, resolve's vote pass it by).
 */
export const datelinePlace = (text: string, sentence: Range): Range | null =>
  datedPlace(text, sentence) ?? agencyPlace(text, sentence) ?? dayPlace(text, sentence);

/**
 * The other places of a story filed from several ("MOSCOW/BAKU (Reuters) -", "ISTANBUL/ADANA, Turkey"):
 * the names in capitals joined to the dateline's place by slashes. Each is a place as the first is.
 */
export function datelineAlsoFrom(text: string, place: Range | null): Range[] {
  if (!place) return [];
  const out: Range[] = [];
  const next = /^\/(\p{Lu}[\p{Lu} .'-]*\p{Lu}\.?)/u;
  for (let at = place.end, m = next.exec(text.slice(at, at + 60)); m; m = next.exec(text.slice(at, at + 60))) {
    const name = m[1]!.trimEnd();
    out.push({ start: at + 1, end: at + 1 + name.length });
    at += 1 + name.length;
  }
  return out;
}

/**
 * A dateline of a month and day and a dash, no year and no agency ("HOUSTON, March 9 - Texaco Inc
 * said", "AKRON, Ohio, March 2 -"): the wire's form of the 1980s. Its place is in capitals.
 */
const DAY_DATELINE =
  /^[ \t]*(?<place>\p{Lu}[\p{Lu} .'-]*\p{Lu}\.?)(?:,[ \t]+\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,2})?,[ \t]+(?<month>\p{Lu}\p{Ll}{2})\p{Ll}*\.?[ \t]+\d{1,2}[ \t]+[-–—]/du;
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr may jun jul aug sep oct nov dec'.split(' '));

function dayPlace(text: string, sentence: Range): Range | null {
  const m = DAY_DATELINE.exec(text.slice(sentence.start, sentence.end));
  const at = m?.indices?.groups?.place;
  if (!m || !at || !MONTH_ABBREVIATIONS.has(m.groups!.month!.toLowerCase())) return null;
  return { start: sentence.start + at[0], end: sentence.start + at[1] };
}

/**
 * The place of a dateline that dates the story ("SAO PAULO 1996-08-27"), when the sentence opens
 * with one and the gazetteer knows it: a dateline may name an institution's seat instead
 * ("UNITED NATIONS 1996-08-27"), which stays what the tagger read.
 */
function datedPlace(text: string, sentence: Range): Range | null {
  const m = DATED_DATELINE.exec(text.slice(sentence.start, sentence.end));
  const at = m?.indices?.groups?.place;
  if (!m || m.index !== 0 || !at) return null;
  return placeAnyCase(m.groups!.place!) ? { start: sentence.start + at[0], end: sentence.start + at[1] } : null;
}

/** The place of an agency dateline whose bracket holds one word and whose place is in capitals or has a comma after it. */
function agencyPlace(text: string, sentence: Range): Range | null {
  const dateline = datelineOf(text, sentence.start, sentence.end);
  if (!dateline || !/^\p{Lu}[\p{L}-]*$/u.test(text.slice(dateline.agency.start, dateline.agency.end))) return null;
  const { place } = dateline;
  const name = text.slice(place.start, place.end);
  const regionOrDate = text.slice(place.end, dateline.agency.start).includes(',');
  if (/\p{N}/u.test(name) || (name !== name.toUpperCase() && !regionOrDate)) return null;
  return place;
}
