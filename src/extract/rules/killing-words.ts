/**
 * A killing is stated by a word of killing: in CoNLL04 train 195 of its 203 Kill relations stand in
 * a sentence with "killed", "assassinated", "murder" or the like, and the other eight say "shoots",
 * "slayings", "opened fire" or "fired at". A sentence with none of these states no killing, however
 * much two names in it look like killer and victim ("G. Thorpe lbw b Mohammad Akram", "Knup was
 * overlooked by Artur Jorge").
 */
import type { Token } from '../types';

/** Words that name a killing: a lexicon of the English verbs and nouns (the relation classifier's cue). */
export const KILL_WORDS = new Set(
  'kill killed kills killing killer killers murder murdered murders murdering murderer assassinate assassinated assassinating assassination assassin assassins shot shoot shooting slay slain slew slaying stabbed strangled executed execution gunned'.split(
    ' ',
  ),
);

/** and the other forms of those words, and the shooting that may kill ("opened fire", "fired at") */
const KILLING = new Set([
  ...KILL_WORDS,
  ...'killings murderers assassinates shoots slayings fire fired firing'.split(' '),
]);

export const statesKilling = (tokens: Token[]): boolean => tokens.some((t) => KILLING.has(t.text.toLowerCase()));

/**
 * "Chauvin was found guilty of murdering George Floyd", "X, charged with the killing of Y": a killing
 * word that "of", "with" or "for" makes the object of a charge, right before the victim, has the
 * charge's subject, the first name, as its killer, though a passive verb ("was found") stands
 * between them.
 */
const CHARGED_WITH_KILLING =
  /\b(?:of|with|for)\s+(?:the\s+)?(?:kill|murder|assassinat|shoot|slay|stabb|strangl)\p{L}*(?:\s+of)?\s*$/iu;
export const chargedWithKilling = (between: string): boolean => CHARGED_WITH_KILLING.test(between);
