/**
 * The source line of a translated press report (FBIS's Daily Reports, and the archives that carry
 * them: "LD0904140094 Helsinki Suomen Yleisradio Network in Finnish 1300 GMT 9 Apr 94") names, after
 * the report's number, the city the outlet publishes in and the outlet, then "in" the language
 * translated from, and a time in GMT or a date. The city is the run of words before the outlet that
 * the gazetteer knows as a place ("Mexico City LA JORNADA"); the outlet is the rest, an organisation
 * whatever its words look like; the language is no organisation. The report's number is no name.
 * Under a report's title the source often stands alone on its line, city and outlet only ("Kiev
 * PRAVDA UKRAINY", "Paris Radio France International"): read alike where the outlet is in capitals
 * or names a medium, so a title-case headline ("Moscow Orders Audit") is not read as one.
 */
import { country, formerPlace, placeAnyCase } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';
import { overlaps } from '../sorted';
import { MEDIA } from './media-names';
import type { Range } from '../types';

/** a report number ("LD0904140094", "94WD0125D"), the source, "in" a language, a time or a date */
const SOURCE_LINE =
  /(?<![\p{L}\p{N}])(?<number>[A-Z]{2}\d{10}|\d{2,3}[A-Z\d]{4,6}[A-Z])[ \t]+(?<source>\p{Lu}[^\n]*?)[ \t]+in[ \t]+(?<language>\p{Lu}[\p{L}-]+)[ \t]+(?:\d{4}[ \t]+GMT[ \t]+|No\.?[ \t]+\d+,[ \t]+)?(?:\d{1,2}[ \t]+)?\p{Lu}\p{Ll}{2}[ \t]+\d{2}(?!\d)/du;

/** a city's name has at most this many words ("Rio de Janeiro") */
const CITY_WORDS = 3;

export interface SourceLine {
  /** the report's number and the language translated from, where the line gives them */
  number?: Range;
  place: Range;
  outlet: Range;
  language?: Range;
}

/** The source line in a sentence, where its city is a place the gazetteer knows. */
export function sourceLineOf(text: string, sentence: Range): SourceLine | null {
  const m = SOURCE_LINE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return outletLineOf(text, sentence);
  const at = (group: string): Range => {
    const [start, end] = m.indices!.groups![group]!;
    return { start: sentence.start + start, end: sentence.start + end };
  };
  const split = cityAndOutlet(text, at('source'));
  return split && { number: at('number'), ...split, language: at('language') };
}

/** The source, split into the city the gazetteer knows that opens it (its longest reading) and the outlet after it. */
function cityAndOutlet(text: string, source: Range): { place: Range; outlet: Range } | null {
  const words = [...text.slice(source.start, source.end).matchAll(/\S+/g)];
  for (let k = Math.min(CITY_WORDS, words.length - 1); k >= 1; k--) {
    const last = words[k - 1]!;
    const city = text.slice(source.start, source.start + last.index + last[0].length);
    if (!placeAnyCase(city) && !formerPlace(city)) continue;
    return {
      place: { start: source.start, end: source.start + city.length },
      outlet: { start: source.start + words[k]!.index, end: source.end },
    };
  }
  return null;
}

/** words of a line that is only a city and an outlet: each opens with a capital (a number makes it a score: "Chicago 4 HOUSTON 3") */
const OUTLET_LINE = /^\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.'-]*){1,7}$/u;

/** A sentence that is a whole line of a city, not in capitals (a dateline's is), and an outlet in capitals or naming a medium. */
function outletLineOf(text: string, sentence: Range): SourceLine | null {
  const line = text.slice(sentence.start, sentence.end);
  if (!OUTLET_LINE.test(line)) return null;
  const before = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const after = text.indexOf('\n', sentence.end);
  if (text.slice(before, sentence.start).trim() || text.slice(sentence.end, after < 0 ? undefined : after).trim())
    return null;
  const split = cityAndOutlet(text, sentence);
  if (!split) return null;
  const city = text.slice(split.place.start, split.place.end);
  const outlet = text.slice(split.outlet.start, split.outlet.end);
  if (!/\p{Ll}/u.test(city)) return null;
  const capitals = !/\p{Ll}/u.test(outlet) && /\p{Lu}.*\p{Lu}/u.test(outlet);
  const medium = outlet.split(/\s+/).some((w) => MEDIA.has(w.toLowerCase()));
  return capitals || medium ? split : null;
}

/**
 * The sentence's spans with its source line read as above: a span that runs into the report's
 * number ends before it, and the city, the outlet and the language are the line's own spans.
 */
export function sourceLineNames(spans: TypedSpan[], line: SourceLine | null, text: string): TypedSpan[] {
  if (!line) return spans;
  const { number, language } = line;
  // "in Russia" for "in Russian": a country where the language should be is the place it names
  const slip = language !== undefined && country(text.slice(language.start, language.end)) !== undefined;
  const whole = { start: number?.start ?? line.place.start, end: language && !slip ? language.end : line.outlet.end };
  const kept: TypedSpan[] = [];
  for (const s of spans) {
    if (!overlaps(s, whole)) kept.push(s);
    else if (s.start < whole.start) {
      // a headline's name that the tagger ran into the number keeps its words before it
      let end = whole.start;
      while (end > s.start && /\s/.test(text[end - 1]!)) end--;
      if (end > s.start) kept.push({ ...s, end });
    }
  }
  kept.push({ ...line.place, type: 'Place' }, { ...line.outlet, type: 'Organization' });
  if (language && !slip) kept.push({ ...language, type: 'Misc' });
  return kept.sort((a, b) => a.start - b.start);
}
