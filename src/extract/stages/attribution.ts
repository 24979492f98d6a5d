/**
 * Stage 10: who asserts each fact. A relation read inside a quote or reported speech is the
 * speaker's claim (`attributed`, with `attributedTo` the speaker's entity id, null when the speaker is
 * unknown); anything else the article states in its own voice (`reported`). A relation whose own
 * words are hypothetical, conditional or negated ("would supply", "if", "denied", "did not") is no
 * fact and is dropped, with a diagnostic.
 */
import type { DocState, Range, Relation, Statement } from '../types';
import { info } from '../types';

/** Words that make what follows them not (yet) true. */
const NOT_A_FACT =
  /\b(would|could|might|may|if|unless|whether|not|never|no longer|denied|denies|deny|refused to)\b|n['’]t\b/i;
/** ... read without "May" in title case: "Theresa May" and the month are names, not the modal */
const notAFact = (words: string) => NOT_A_FACT.test(words.replace(/\bMay\b/g, ''));

/** The claimed content of a statement: the quote, or what follows the speech verb. */
function contentOf(state: DocState, s: Statement): Range | null {
  const e = s.evidence[0];
  if (!e) return null;
  const at = state.text.indexOf(s.text, e.start);
  return at < 0 || at >= e.end + s.text.length ? null : { start: at, end: at + s.text.length };
}

/** The statement a relation's evidence lies inside: within its content, or a whole sentence mostly made of it. */
function claimOf(state: DocState, r: Relation, claims: { range: Range; s: Statement }[]): Statement | null {
  const e = r.evidence[0];
  if (!e) return null;
  const sentence = state.sentences[e.sentence];
  const wholeSentence = sentence !== undefined && e.start <= sentence.start && e.end >= sentence.end - 1;
  for (const { range, s } of claims) {
    if (e.start >= range.start && e.end <= range.end) return s;
    if (wholeSentence && range.start < e.end && e.start < range.end) {
      const overlap = Math.min(range.end, e.end) - Math.max(range.start, e.start);
      if (overlap * 2 >= e.end - e.start) return s;
    }
  }
  return null;
}

export function attribution(state: DocState): DocState {
  const claims = state.statements.flatMap((s) => {
    const range = contentOf(state, s);
    return range ? [{ range, s }] : [];
  });
  let dropped = 0;
  const relations: Relation[] = [];
  for (const r of state.relations) {
    const e = r.evidence[0];
    const sentence = e ? state.sentences[e.sentence] : undefined;
    // the words of the fact itself (not the whole sentence around it) say whether it holds
    const ownWords = e && sentence && !(e.start <= sentence.start && e.end >= sentence.end - 1);
    if (ownWords && notAFact(state.text.slice(e.start, e.end))) {
      dropped++;
      continue;
    }
    const claim = claimOf(state, r, claims);
    relations.push(
      claim
        ? { ...r, assertion: 'attributed', attributedTo: claim.speaker }
        : { ...r, assertion: 'reported', attributedTo: null },
    );
  }
  const out = { ...state, relations };
  return dropped ? info(out, 'attribution', `${dropped} hypothetical or negated relation(s) left out`) : out;
}
