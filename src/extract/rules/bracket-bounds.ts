/** Pairs that brackets separate: a bracket belongs to the name before it. */
import { isAcronym } from '../stages/org-names';

/** "The African Football Confederation (CAF)": an acronym in brackets right after a name is its own. */
export const bracketedAcronym = (text: string, a: { end: number }, b: { start: number; end: number; text: string }) =>
  /^\s*\($/.test(text.slice(a.end, b.start)) && text[b.end] === ')' && isAcronym(b.text);

/**
 * "The Ministry of International Trade and Industry, MITI, said": an acronym set off by commas right
 * after a name is its apposition, the name's own acronym as a bracket's would be.
 */
export const appositeAcronym = (text: string, a: { end: number }, b: { start: number; end: number; text: string }) =>
  text.slice(a.end, b.start) === ', ' && text[b.end] === ',' && isAcronym(b.text);

/** An acronym that a name defines right after it, in brackets or in apposition. */
export const definedAcronym = (text: string, a: { end: number }, b: { start: number; end: number; text: string }) =>
  bracketedAcronym(text, a, b) || appositeAcronym(text, a, b);

/**
 * The first name inside a bracket that closes before the second: the bracket belongs to the name
 * before it ("Andrei Medvedev (Ukraine) beat Martin Damm": Ukraine is Medvedev's, not Damm's), so the
 * sentence relates it to nothing after. ("Martin Damm (Czech Republic)", the second name inside, is
 * the bracket's own reading.)
 */
export const leavesBracket = (text: string, from: number, to: number) => /^[^([]*[)\]]/.test(text.slice(from, to));
