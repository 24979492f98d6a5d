/**
 * "Cybersecurity firm FireEye Inc said ...", "Hedge fund Melvin Capital ...": a sentence may open on
 * the words that describe the company it then names, capitalised only by their place. A one-word
 * "name" at a sentence's start, right before a lower-case noun for a company and a capitalised name,
 * is that description, not a name.
 */
import { ORG_CUES } from './cues';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

export function tradeDescriptors(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  const [first, cue, name] = tokens;
  if (!first || !cue || !name || !ORG_CUES.has(cue.text) || !/^\p{Lu}/u.test(name.text)) return spans;
  return spans.filter((s) => !(s.start === first.start && s.end === first.end && s.type !== 'Person'));
}
