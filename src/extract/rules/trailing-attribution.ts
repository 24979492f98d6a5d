/**
 * Wire copy most often names its source after the claim: "Unilever agreed to sell Ekaterra, the
 * company said." and "..., said Kim Forrest, chief investment officer at Bokeh". The claim is the
 * clause before the comma; the speaker is the subject after it (or the name after an inverted
 * "said"). Only a sentence that ends there, or goes on with an adverbial clause (", as ...",
 * ", adding ...") or a noun phrase about the claim (", a long-awaited move"), is read so: "he said
 * the talks ..." puts its claim after the verb.
 */
import { ORG_HEADS, TITLE_WORDS } from '../lexicon/words';
import { demonym } from '../lexicon/gazetteer';

export interface TrailingAttribution {
  /** the claim: offsets within the sentence text */
  claimEnd: number;
  /** where the speaker is named: the subject before the verb, or the words after an inverted one */
  subject: { start: number; end: number };
  /** "said X": the speaker comes after the verb */
  inverted: boolean;
}

const VERB =
  '(?:said|says|added|adds|told\\s+[^,.;"“”]{1,40}?|warned|noted|stated|announced|wrote|confirmed|explained)';
/** a time or place after the verb ("said on Tuesday", "said in a statement") */
const ADJUNCT = '(?:\\s+(?:on|in|late|early|earlier|last|this|at|after|before|from)\\b[^,.;"“”]{0,60}?)?';
/**
 * what may follow the attribution: the sentence's end, an adverbial clause, a noun phrase in
 * apposition to the whole claim ("..., the index provider said on Monday, a long-awaited move"), or
 * the claim going on after it ("The BJP won 240 seats, the commission said, and will need allies")
 */
const AFTER =
  '(?:[.;!?]?\\s*$|,\\s+(?:as|while|adding|citing|in|after|before|when|which|but|and|though|although|because|a|an)\\b)';
// the subject may carry one appositive: ", Ibrahim Husseini, spokesman for the agency, told Reuters."
const SUBJECT_FIRST = new RegExp(
  `,\\s+([^,;"“”]{1,60}?(?:,\\s+[^,;"“”]{1,80}?,)?)\\s+${VERB}${ADJUNCT}\\s*${AFTER}`,
  'u',
);
const VERB_FIRST = new RegExp(`,\\s+(?:said|says|added)\\s+(\\p{Lu}[^,;"“”]{1,60}?)(?=\\s*(?:[,.;]|$))`, 'u');

/** an auxiliary or copula: the words after an inverted "said" hold a verb, so they are its claim, not its speaker */
const FINITE = /\b(?:is|was|were|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b/;

export function trailingAttribution(sentence: string): TrailingAttribution | null {
  const m = SUBJECT_FIRST.exec(sentence);
  if (m) {
    // the subject holds no verb of its own ("the talks, which began on Monday, ended" is no speaker)
    const start = m.index + m[0].indexOf(m[1]!);
    return { claimEnd: m.index, subject: { start, end: start + m[1]!.length }, inverted: false };
  }
  const v = VERB_FIRST.exec(sentence);
  // "said X" names its speaker; "..., the region's president, said Tigray was ready" says a clause
  if (v && !FINITE.test(v[1]!)) {
    const start = v.index + v[0].lastIndexOf(v[1]!);
    return { claimEnd: v.index, subject: { start, end: start + v[1]!.length }, inverted: true };
  }
  return null;
}

/** Nouns that name a person by what they are ("the 22-year-old", "the Spaniard", "a spokeswoman"). */
export function namesAPerson(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  return (
    /\d+-year-old$/.test(head) ||
    TITLE_WORDS.has(head) ||
    /^(?:spokes(?:wo)?man|spokesperson|lawyer|attorney|analyst|player|coach|champion|veteran|actor|actress|director|founder|investor|witness|victim|resident|mother|father|leader)$/.test(
      head,
    ) ||
    (demonym(head.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) !== undefined && /^(?:the|a|an)$/.test(words[0] ?? ''))
  );
}

/** What makes and sells, lends or flies: the nouns a story calls a company by after naming it. */
const TRADE_NOUNS =
  /^(?:firm|maker|makers|producer|designer|developer|retailer|lender|insurer|carrier|operator|regulator|giant|conglomerate|manufacturer|miner|supplier|distributor|publisher|owner|side|team|champions|utility|broker|bank)$/;

/** Nouns that name an organisation by what it is ("the company", "the consumer goods group", "the ministry"). */
export function namesAnOrganisation(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  return ORG_HEADS.has(head) || TRADE_NOUNS.test(head);
}
