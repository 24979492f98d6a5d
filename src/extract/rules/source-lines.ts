/**
 * The source line of a translated press report (FBIS's Daily Reports, and the archives that carry
 * them: "LD0904140094 Helsinki Suomen Yleisradio Network in Finnish 1300 GMT 9 Apr 94") names, after
 * the report's number, the city the outlet publishes in and the outlet, then "in" the language
 * translated from, and a time in GMT or a date. The city is the run of words before the outlet that
 * the gazetteer knows as a place ("Mexico City LA JORNADA"); the outlet is the rest, an organisation
 * whatever its words look like; the language is no organisation. The report's number is no name.
 */
import { country, formerPlace, placeAnyCase } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';
import { overlaps } from '../sorted';
import type { Range } from '../types';

/** a report number ("LD0904140094", "94WD0125D"), the source, "in" a language, a time or a date */
const SOURCE_LINE =
  /(?<![\p{L}\p{N}])(?<number>[A-Z]{2}\d{10}|\d{2,3}[A-Z\d]{4,6}[A-Z])[ \t]+(?<source>\p{Lu}[^\n]*?)[ \t]+in[ \t]+(?<language>\p{Lu}[\p{L}-]+)[ \t]+(?:\d{4}[ \t]+GMT[ \t]+|No\.?[ \t]+\d+,[ \t]+)?(?:\d{1,2}[ \t]+)?\p{Lu}\p{Ll}{2}[ \t]+\d{2}(?!\d)/du;

/** a city's name has at most this many words ("Rio de Janeiro") */
const CITY_WORDS = 3;

export interface SourceLine {
  number: Range;
  place: Range;
  outlet: Range;
  language: Range;
}

/** The source line in a sentence, where its city is a place the gazetteer knows. */
export function sourceLineOf(text: string, sentence: Range): SourceLine | null {
  const m = SOURCE_LINE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const at = (group: string): Range => {
    const [start, end] = m.indices!.groups![group]!;
    return { start: sentence.start + start, end: sentence.start + end };
  };
  const source = at('source');
  const words = [...text.slice(source.start, source.end).matchAll(/\S+/g)];
  for (let k = Math.min(CITY_WORDS, words.length - 1); k >= 1; k--) {
    const last = words[k - 1]!;
    const city = text.slice(source.start, source.start + last.index + last[0].length);
    if (!placeAnyCase(city) && !formerPlace(city)) continue;
    return {
      number: at('number'),
      place: { start: source.start, end: source.start + city.length },
      outlet: { start: source.start + words[k]!.index, end: source.end },
      language: at('language'),
    };
  }
  return null;
}

/**
 * The sentence's spans with its source line read as above: a span that runs into the report's
 * number ends before it, and the city, the outlet and the language are the line's own spans.
 */
export function sourceLineNames(spans: TypedSpan[], line: SourceLine | null, text: string): TypedSpan[] {
  if (!line) return spans;
  // "in Russia" for "in Russian": a country where the language should be is the place it names
  const slip = country(text.slice(line.language.start, line.language.end)) !== undefined;
  const whole = { start: line.number.start, end: slip ? line.outlet.end : line.language.end };
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
  if (!slip) kept.push({ ...line.language, type: 'Misc' });
  return kept.sort((a, b) => a.start - b.start);
}
