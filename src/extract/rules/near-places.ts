/**
 * "near" locates: what stands right after it is a place ("a strike near Tal Afar", "a bomb exploded
 * near Lashkar Gah"), and so is each name coordinated with it ("near Tal Afar and Ain Issa"). In
 * CoNLL-2003 train and dev, 26 of the 29 names after "near" are places and none is a person (the
 * others are nationality words), yet an unknown two-word name looks like a person to the tagger.
 * Where no rule of the recognise stage named a person there (a known given name, a title: "stood
 * near President Obama"), the tagger's person after "near" is a place, and so is its organisation
 * where the rules read the same span as a place.
 */
import type { TypedSpan } from '../tagger/tags';
import { overlaps } from '../sorted';
import type { Mention, Token } from '../types';

const COORDINATION = /^(?:,|and|or)$/;
/** rules that name a person from what they know (a given name, a title, a verb of speech), not from shape */
const KNOWS_PERSON = new Set(['given-name', 'title', 'apposition', 'speaker', 'speaker-after', 'compromise']);

export function placesAfterNear(spans: TypedSpan[], tokens: Token[], rules: Mention[]): TypedSpan[] {
  // the token index where the list after "near" may go on (after its last place), or -1
  let listEnd = -1;
  return spans.map((span) => {
    const at = tokens.findIndex((t) => t.start === span.start);
    const afterNear = at >= 1 && tokens[at - 1]!.text.toLowerCase() === 'near';
    const inList = listEnd >= 0 && at > listEnd && tokens.slice(listEnd, at).every((t) => COORDINATION.test(t.text));
    const place =
      span.type === 'Place' ||
      (span.type === 'Organization' &&
        rules.some((m) => m.type === 'Place' && m.start === span.start && m.end === span.end)) ||
      (span.type === 'Person' &&
        !rules.some((m) => m.type === 'Person' && KNOWS_PERSON.has(m.rule) && overlaps(m, span)));
    if (!(afterNear || inList) || !place) {
      listEnd = -1;
      return span;
    }
    listEnd = tokens.findIndex((t) => t.start >= span.end);
    return span.type === 'Place' ? span : { ...span, type: 'Place' };
  });
}
