/**
 * "Ward's lawyer, Ralph Kohnen of the firm Taft Stettinius & Hollister": a person whose lawyer,
 * spokesman or relative the sentence goes on to name is that person's client or kin, and the
 * organisation that follows is the lawyer's employer, not the possessor's.
 */
import type { PairCandidate } from '../relation-classifier/candidates';

/** the people one has, not works with: the role nouns whose holder a possessive names someone for */
const ROLE_OF =
  /^(?:lawyer|lawyers|attorney|attorneys|counsel|spokes(?:wo)?man|spokesperson|adviser|advisor|aide|agent|doctor|wife|husband|son|daughter|brother|sister|mother|father)$/i;

export function possessorOfRole(type: string, c: PairCandidate): boolean {
  if (type !== 'WORKS_FOR' && type !== 'HOLDS_POSITION') return false;
  if (c.a.type !== 'Person' || c.b.from <= c.a.to) return false;
  const [clitic, noun] = [c.tokens[c.a.to]?.text ?? '', c.tokens[c.a.to + 1]?.text ?? ''];
  return /^['’]s$/.test(clitic) && ROLE_OF.test(noun);
}
