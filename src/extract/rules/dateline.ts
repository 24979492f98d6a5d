/**
 * A wire-service dateline ("ADDIS ABABA, Ethiopia (AP) --", "Taipei, Jan. 20 (CNA) --", "LOS ANGELES
 * (AP)") names where the story was filed and the agency that filed it. Its form: the agency in
 * brackets after nothing but capitalised words, numbers and commas, and then the end of the
 * sentence or a dash. The place is what comes before the first comma: a place, whatever its words
 * look like in capitals.
 */
import type { Range } from '../types';

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
  if (!/^[\p{Lu}\p{N}][\p{L}\p{N}.,' -]*$/u.test(before.trim()) || /\s\p{Ll}/u.test(before)) return null;
  if (!/^\s*(?:[-–—]|$)/u.test(sentence.slice(close + 1))) return null;
  const comma = before.indexOf(',');
  const place = (comma < 0 ? before : before.slice(0, comma)).trimEnd();
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
  text: string,
  sentence: Range,
): S[] {
  const dateline = datelineOf(text, sentence.start, sentence.end);
  if (!dateline || !/^\p{Lu}[\p{L}-]*$/u.test(text.slice(dateline.agency.start, dateline.agency.end))) return spans;
  const { place } = dateline;
  const name = text.slice(place.start, place.end);
  const regionOrDate = text.slice(place.end, dateline.agency.start).includes(',');
  if (/\p{N}/u.test(name) || (name !== name.toUpperCase() && !regionOrDate)) return spans;
  return spans.map((s) =>
    s.start === place.start && s.end === place.end && s.type !== 'Place' && s.type !== 'Misc'
      ? { ...s, type: 'Place' }
      : s,
  );
}
