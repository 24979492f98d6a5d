/**
 * "near" locates: what stands right after it is a place ("a strike near Tal Afar", "a bomb exploded
 * near Lashkar Gah"), and so is each name coordinated with it ("near Tal Afar and Ain Issa"). In
 * CoNLL-2003 train and dev, 26 of the 29 names after "near" are places and none is a person (the
 * others are nationality words), yet an unknown two-word name looks like a person to the tagger.
 * Where no rule of the recognise stage named a person there (a known given name, a title: "stood
 * near President Obama"), the tagger's person after "near" is a place, and so is its organisation
 * where the rules read the same span as a place.
 *
 * A settlement's noun and "of" say it outright: after "the city of", "town of", "village of",
 * "province of", "suburb of", "outskirts of", "hometown of" and "born in", CoNLL-2003 train and dev
 * have 117 places and no other name. There the tagger's person or organisation is a place, whatever
 * a rule knew ("near Nelson's hometown of Abbott"; "the city of Liverpool", not the club).
 */
import type { TypedSpan } from '../tagger/tags';
import { isCoordination } from './word-tests';
import { overlaps } from '../sorted';
import type { Mention, Token } from '../types';

const POSSESSIVE = /^['’]s?$/;
/** the words before a name that say it is a settlement's, lower case ("the City of London" is a name) */
const SETTLEMENT_OF =
  /(?:^|\s)(?:(?:city|town|village|province|region|suburb|outskirts|hometown|home town) of|born in)\s+$/;
/** rules that name a person from what they know (a given name, a title, a verb of speech), not from shape */
const KNOWS_PERSON = new Set(['given-name', 'title', 'apposition', 'speaker', 'speaker-after', 'compromise']);

export function placesAfterNear(spans: TypedSpan[], tokens: Token[], rules: Mention[], text: string): TypedSpan[] {
  // the token index where the list after the cue may go on (after its last place), or -1, and
  // whether its cue was a settlement's noun (every name listed is a place) or "near"
  let listEnd = -1;
  let settlements = false;
  return spans.map((span) => {
    const at = tokens.findIndex((t) => t.start === span.start);
    const next = tokens.findIndex((t) => t.start >= span.end);
    // "near Nelson's hometown": what is near is the hometown, not Nelson
    const afterNear =
      at >= 1 && tokens[at - 1]!.text.toLowerCase() === 'near' && !POSSESSIVE.test(tokens[next]?.text ?? '');
    const inList = listEnd >= 0 && at > listEnd && tokens.slice(listEnd, at).every((t) => isCoordination(t.text));
    // a comma alone may end the settlement's clause ("the village of Foindu, Eastern Region Brigade
    // Commander ... said"): its list goes on only over "and" or "or"
    const coordinated = inList && tokens.slice(listEnd, at).some((t) => t.text === 'and' || t.text === 'or');
    if (
      span.type !== 'Misc' &&
      (SETTLEMENT_OF.test(text.slice(Math.max(0, span.start - 20), span.start)) || (settlements && coordinated))
    ) {
      [listEnd, settlements] = [next, true];
      return { ...span, type: 'Place' };
    }
    const place =
      span.type === 'Place' ||
      (span.type === 'Organization' &&
        rules.some((m) => m.type === 'Place' && m.start === span.start && m.end === span.end)) ||
      (span.type === 'Person' &&
        !rules.some((m) => m.type === 'Person' && KNOWS_PERSON.has(m.rule) && overlaps(m, span)));
    if (!(afterNear || (inList && !settlements)) || !place) {
      [listEnd, settlements] = [-1, false];
      return span;
    }
    [listEnd, settlements] = [next, false];
    return span.type === 'Place' ? span : { ...span, type: 'Place' };
  });
}
