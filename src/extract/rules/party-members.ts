/**
 * A party's members in the plural ("the Christian Democrats", "Republicans", "the Greens") are no
 * person: no one's name ends in the plural of a party's word. CoNLL-2003 tags them MISC ("Democrats"
 * 16 times, "Republicans" 6) or, as "the Greens", ORG; the tagger made "Christian Democrats" a
 * person. A person span ending so is read as the party's members (Misc), which make no node.
 */
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

const MEMBERS = new Set([
  'Democrats',
  'Republicans',
  'Socialists',
  'Conservatives',
  'Liberals',
  'Communists',
  'Nationalists',
  'Unionists',
  'Greens',
  'Tories',
  'Labourites',
]);

export function partyMembers(spans: TypedSpan[], _tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Person') return span;
    const last = text.slice(span.start, span.end).split(/\s+/).pop()!;
    return MEMBERS.has(last) ? { ...span, type: 'Misc' } : span;
  });
}
