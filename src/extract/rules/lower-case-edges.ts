/**
 * A name ends on a capitalised word or a number, never on a lower-case one ("USSR officials" is
 * USSR and its officials): in CoNLL-2003 train and dev, 39 of 29,441 names end so, most of them a
 * slip of the annotators ("Interior ministry"). Lower-case words at a span's end are left out, and
 * a span of nothing else is none. A word is what stands between spaces: "Silpa-archa" and "Sa 'id"
 * end on no word of their own. Where only one common word would be left ("New democracy", "East
 * coast"), the name is written in lower case after its first word and stays as it is.
 */
import { NAME_PARTICLES } from '../lexicon/names';
import { commonWordTag } from '../lexicon/english';
import { within } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/**
 * Nor does a name open on a lower-case word ("wall Street", "state Crime Victim ... Council": a
 * sentence's word the span took in); a particle does ("de Silva").
 */
export function withoutLowerCaseHeads(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.flatMap((span) => {
    const words = within(tokens, span.start, span.end);
    let first = 0;
    const common = (t: Token) => /^\p{Ll}+$/u.test(t.text) && !NAME_PARTICLES.has(t.text);
    while (
      first < words.length &&
      common(words[first]!) &&
      (first + 1 === words.length || words[first]!.end < words[first + 1]!.start)
    )
      first++;
    if (first === 0) return [span];
    // a particle the trimmed words leave at the front goes too where English uses it as a word of its
    // own ("la", "van"): the loop above stops at particles only to keep a name that opens on one
    while (first < words.length && /^\p{Ll}+$/u.test(words[first]!.text) && commonWordTag(words[first]!.text) !== null)
      first++;
    if (first >= words.length) return [];
    // one word left ("wall Street"): the name is miswritten, not mis-spanned
    if (first === words.length - 1) return [span];
    return [{ ...span, start: words[first]!.start }];
  });
}

export function withoutLowerCaseTails(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  return spans.flatMap((span) => {
    const words = within(tokens, span.start, span.end);
    let last = words.length - 1;
    const ownWord = (k: number) => k === 0 || words[k - 1]!.end < words[k]!.start;
    while (last >= 0 && /^\p{Ll}+$/u.test(words[last]!.text) && ownWord(last)) last--;
    if (last === words.length - 1) return [span];
    if (last === 0 && commonWordTag(words[0]!.text.toLowerCase())) return [span];
    return last < 0 ? [] : [{ ...span, end: words[last]!.end }];
  });
}
