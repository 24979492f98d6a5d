/**
 * Office phrases around names.
 *
 * A title that names its office with "of" ("Chancellor of the Exchequer Nigel Lawson", "Secretary of
 * Defense William Perry") runs straight into the holder's name, and the office's words read as the
 * first words of it. The person begins at the given name: the words before it belong to the title.
 */
import { placeNamed } from '../lexicon/gazetteer';
import { givenNames } from '../lexicon/names';
import { LOCAL_OFFICES, TITLES, TITLE_WORDS } from '../lexicon/words';
import { lowerBound, within } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/** a title word, "of" and perhaps "the", right before the span */
const OFFICE_OF = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u;

export function personsAfterOffices(spans: TypedSpan[], tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Person') return span;
    const title = OFFICE_OF.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
    if (!title || !TITLE_WORDS.has(title.toLowerCase())) return span;
    const words = within(tokens, span.start, span.end);
    // the given name that opens the holder's name, and at least a surname after it
    const k = words.findIndex((t, i) => i > 0 && i < words.length - 1 && givenNames().has(t.text.toLowerCase()));
    if (k <= 0 || givenNames().has(words[0]!.text.toLowerCase())) return span;
    return { ...span, start: words[k]!.start };
  });
}

/**
 * "Carver County Sheriff Jim Olson": an office the tagger never learnt as a title, inside a person's
 * span and before a given name, ends the words of the place it serves; the person begins at the
 * given name. The words before the office are that place where they end in "County" or the
 * gazetteer knows them, and no name otherwise. The tagger may read the whole run as an office's
 * organisation ("Los Angeles County Sheriff Alex Villanueva"): a holder's name after the office
 * ends no organisation's name, so the same split holds.
 */
export function officesInsideNames(spans: TypedSpan[], tokens: Token[], text: string): TypedSpan[] {
  return spans.flatMap((span) => {
    if (span.type !== 'Person' && span.type !== 'Organization') return [span];
    const words = within(tokens, span.start, span.end);
    const k = words.findIndex(
      (t, i) =>
        i > 0 &&
        i < words.length - 2 &&
        LOCAL_OFFICES.has(t.text.toLowerCase()) &&
        givenNames().has(words[i + 1]!.text.toLowerCase()),
    );
    if (k < 0) return [span];
    const person = { ...span, start: words[k + 1]!.start, type: 'Person' as const };
    const place = { start: span.start, end: words[k - 1]!.end, type: 'Place' as const };
    const served = text.slice(place.start, place.end);
    return /\b(?:County|Parish|Borough)$/.test(served) || placeNamed(served) ? [place, person] : [person];
  });
}

/**
 * Titles of more than one word, in lower case: the word list's, and the offices of companies and
 * agencies whose first word also opens names ("Managing", "Executive", "General"). Kept here, not in
 * the word list, whose words are features of the trained tagger.
 */
const LONG_TITLES = new Set([
  ...TITLES.filter((t) => t.includes(' ')),
  'managing director',
  'executive director',
  'director general',
  'director-general',
  'general manager',
  'chief financial officer',
  'chief operating officer',
]);

/**
 * "IMF Managing Director Kristalina Georgieva": a title of more than one word that follows its
 * organisation's name has its first words read as the name's last ("IMF Managing"). Where the
 * span's last one or two words and the words after it make such a title, the title's words come
 * off the organisation.
 */
export function organisationsBeforeTitles(spans: TypedSpan[], tokens: Token[], _text: string): TypedSpan[] {
  return spans.flatMap((span) => {
    if (span.type !== 'Organization') return [span];
    const words = within(tokens, span.start, span.end);
    const at = lowerBound(tokens, span.end, (t) => t.start);
    if (at >= tokens.length) return [span];
    const next = tokens.slice(at, at + 2);
    // all of a one- or two-word span may be the title's ("Defence Secretary Sir Michael Fallon"): no organisation
    for (let k = Math.min(2, words.length); k >= 1; k--) {
      const tail = words.slice(words.length - k).map((t) => t.text.toLowerCase());
      for (let j = 1; j <= next.length; j++) {
        const phrase = [...tail, ...next.slice(0, j).map((t) => t.text.toLowerCase())].join(' ');
        if (LONG_TITLES.has(phrase))
          return k === words.length ? [] : [{ ...span, end: words[words.length - k - 1]!.end }];
      }
    }
    return [span];
  });
}

/** offices of a state, region or city, which no company holds */
const STATE_OFFICE =
  /^\s+(?:Governor|Lieutenant Governor|Premier|Mayor|Attorney General|Senator|Congressman|Congresswoman|Prime Minister|President)\s+\p{Lu}/u;

/**
 * "California Governor Gavin Newsom": a name the gazetteer knows as a country or region, before the
 * office of a state and its holder, is that place, not an organisation.
 */
export function placesBeforeStateOffices(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Organization' || !STATE_OFFICE.test(text.slice(span.end, span.end + 40))) return span;
    const kind = placeNamed(text.slice(span.start, span.end))?.kind;
    return kind === 'country' || kind === 'region' ? { ...span, type: 'Place' } : span;
  });
}
