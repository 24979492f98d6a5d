/**
 * "Cybersecurity firm FireEye Inc said ...", "Hedge fund Melvin Capital ...": a sentence may open on
 * the words that describe the company it then names, capitalised only by their place. A one-word
 * "name" at a sentence's start, right before a lower-case noun for a company and a capitalised name,
 * is that description, not a name; and a noun of a trade that opens a name's span comes off it.
 */
import { ORG_CUES } from './cues';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/**
 * Nouns of a trade that open no company's name: "Insurer American International Group Inc sought",
 * "Rivals Microsoft Corp ...", where the sentence's capital took the noun into the name after it.
 * "Opposition Labour Party leader Jeremy Corbyn" describes the party the same way. ("Club", "Team",
 * "Group" and "Bank" open names: "Club Med", "Team Sky".)
 */
const TRADE_OPENERS = new Set(
  'insurer insurers retailer lender manufacturer developer rival rivals broadcaster carrier maker carmaker automaker drugmaker chipmaker miner opposition'.split(
    ' ',
  ),
);

export function tradeDescriptors(spans: TypedSpan[], tokens: Token[]): TypedSpan[] {
  const [first, cue, name] = tokens;
  if (first && cue && TRADE_OPENERS.has(first.text.toLowerCase()) && /^\p{Lu}/u.test(cue.text))
    return spans.map((s) => (s.start === first.start && s.end > cue.start ? { ...s, start: cue.start } : s));
  if (!first || !cue || !name || !ORG_CUES.has(cue.text) || !/^\p{Lu}/u.test(name.text)) return spans;
  return spans.filter((s) => !(s.start === first.start && s.end === first.end && s.type !== 'Person'));
}
