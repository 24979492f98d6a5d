import type { Mention } from '../types';

/**
 * A mention read as another type by a rule of the article, marked with that rule ("+majority"); its
 * key goes, since the rule's identity (a gazetteer's or curated entry) was for the other type.
 */
export function retyped(m: Mention, type: Mention['type'], why: string): Mention {
  const out: Mention = { ...m, type, rule: `${m.rule}+${why}` };
  delete out.key;
  return out;
}
