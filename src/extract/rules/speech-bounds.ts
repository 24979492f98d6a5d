/**
 * Pairs that reported speech separates: what a source says relates no name in it to the source,
 * the one told, or a name outside the quotation.
 */
import { SPEECH_VERBS } from '../lexicon/words';
import type { PairCandidate } from '../relation-classifier/candidates';
import type { Token } from '../types';

/**
 * A reporting verb between two names ("Austin said that ... NATO"): the second is in what was said;
 * or a verb naming the source ("Interfax, quoting Yeltsin's press secretary"): it is quoted, not staff.
 */
const QUOTING = new Set(['quoting', 'citing', 'quoted', 'cited']);
export const acrossSpeech = (between: Token[]) =>
  between.some((t) => SPEECH_VERBS.has(t.text.toLowerCase()) || QUOTING.has(t.text.toLowerCase()));

/**
 * The second name is the source of what the sentence said before it ("... reverts to China's
 * control next year, the Vancouver Sun reported", "..., the Slovak office of Interpol said"): it
 * says nothing of the names in what it reports.
 */
const REPORTED_BY = new Set([...SPEECH_VERBS, 'reported', 'reports', 'quoted', 'quotes']);
export function reportsBefore(text: string, aEnd: number, b: { start: number; end: number }): boolean {
  // the source after a comma, perhaps described ("the Slovak office of Interpol said", "the U.N.
  // refugee agency UNHCR said": the verb may follow the source's own name)
  if (!/,\s*(?:[\p{L}.'-]+\s+){0,4}$/u.test(text.slice(aEnd, b.start))) return false;
  // the verb follows the source's name without a comma: ", a lobbyist with the API, said" describes a speaker
  const after = text.slice(b.end, b.end + 60);
  if (!/^\s/.test(after)) return false;
  const words = after.split(/\s+/).slice(1, 6);
  const verb = words.findIndex((w) => REPORTED_BY.has(w.replace(/[.,;:!?]+$/, '').toLowerCase()));
  return verb >= 0 && words.slice(0, verb).every((w) => /^[\p{L}.'’-]+$/u.test(w));
}

/**
 * The one told ("the press officer told Reuters that Speaker Toomas Savi will convene ...") relates
 * to no name of what it was told.
 */
export function toldThat(c: PairCandidate): boolean {
  const before = c.tokens[c.a.from - 1]?.text.toLowerCase();
  if (before === undefined || !SPEECH_VERBS.has(before)) return false;
  return c.tokens.slice(c.a.to, c.b.from).some((t) => t.text.toLowerCase() === 'that' || t.text === ':');
}

/**
 * One name inside a quotation and the other outside it: the quote is the speaker's words, so the
 * sentence relates neither to the other ('"Darkline gives our customers ...," Microsoft Chief
 * Executive Satya Nadella said').
 */
export const straddlesQuote = (text: string, from: number, to: number) =>
  (text.slice(from, to).match(/["“”]/g)?.length ?? 0) % 2 === 1;
