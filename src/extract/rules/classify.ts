/** The rules' type for a candidate name (Person, Organization, Place or none), with the rule that decided it. */
import nlp from 'compromise';
import { boundedMemo } from '../../util';
import { country, demonym, PEOPLES, place } from '../lexicon/gazetteer';
import { givenNames } from '../lexicon/names';
import {
  FORCE_MODIFIERS,
  HONORIFICS,
  MILITARY_NOUNS,
  ORG_HEADS,
  ORG_OPENERS,
  ORG_TAILS,
  PLACE_HEADS,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from '../lexicon/words';
import type { MentionType, Token } from '../types';
import { ORG_ALIAS, ACRONYM, NAME_PARTICLE, ORG_CUES, isCap, lower } from './cues';
import { isShoutedWord, isPluralNoun, isThingAcronym } from './word-tests';
import { type Piece } from './name-runs';

/**
 * compromise's reading of a name it is handed alone: a date or holiday ("Thanksgiving Day": no
 * entity), or its lexicon's type. One small document per unclear name instead of one per sentence:
 * the tagger (tag stage) judges boundaries and context afterwards. A name alone reads the same in
 * every article, so a stream's recurring names are read once (the slowest call of the rules).
 */
export const compromiseType = boundedMemo(readByCompromise);

function readByCompromise(name: string): Classified | null {
  const doc = nlp(name);
  if (doc.has('(#Date|#Holiday|#Month|#WeekDay|#Duration)')) return { type: null, rule: 'date-like' };
  const type: MentionType | null = doc.people().found
    ? 'Person'
    : doc.organizations().found
      ? 'Organization'
      : doc.places().found
        ? 'Place'
        : null;
  return type ? { type, rule: 'compromise' } : null;
}

export interface Classified {
  type: MentionType | null;
  rule: string;
  /** lower-case words after the piece that belong to the name ("Assad regime") */
  extend?: number;
  /** a guess from the shape alone: compromise may overrule it */
  weak?: boolean;
  key?: string;
  value?: string;
}

export function classify(p: Piece, tokens: Token[], text: string): Classified {
  const surface = p.tokens.map((t) => t.text).join(' ');
  const exact = text;
  const first = p.tokens[0]!.text;
  const last = lower(p.tokens[p.tokens.length - 1]!.text);
  const prev = tokens[p.from - 1]?.text;
  const prev2 = tokens[p.from - 2]?.text;
  const next = tokens[p.to]?.text;
  const next2 = tokens[p.to + 1]?.text;
  const n = p.tokens.length;

  if (
    next &&
    !isCap(next) &&
    TITLE_WORDS.has(lower(next)) &&
    tokens[p.to + 1] &&
    isCap(tokens[p.to + 1]!.text) &&
    !demonym(exact) &&
    !PEOPLES.has(exact)
  ) {
    const g0 = country(exact) ?? place(exact);
    if (!ORG_ALIAS.has(exact) && !givenNames().has(lower(first)))
      return g0 ? { type: 'Place', rule: 'title-owner', key: g0.key } : { type: 'Organization', rule: 'title-owner' };
  }
  if (prev && ORG_CUES.has(lower(prev)) && !country(exact)) return { type: 'Organization', rule: 'org-cue' };
  if (next === ',' && /^(based|headquartered)$/.test(lower(next2 ?? '')))
    return { type: 'Organization', rule: 'based-in' };
  if (p.titled || (prev && HONORIFICS.has(lower(prev)))) {
    if (!ORG_ALIAS.has(exact) && !country(exact)) return { type: 'Person', rule: 'title' };
  }
  if (
    next &&
    !isCap(next) &&
    ORG_TAILS.has(lower(next)) &&
    !demonym(exact) &&
    !PEOPLES.has(exact) &&
    !country(exact) &&
    n <= 3
  )
    return { type: 'Organization', rule: 'org-tail', extend: 1 };
  if (
    next &&
    MILITARY_NOUNS.has(lower(next)) &&
    !isCap(next) &&
    (demonym(exact) || country(exact) || (n === 1 && ACRONYM.test(first)) || lower(exact) === 'coalition')
  ) {
    // "U.S. service members", "Coalition military forces": up to two such words
    const second = tokens[p.to + 1]?.text;
    const two =
      second !== undefined &&
      !isCap(second) &&
      (FORCE_MODIFIERS.has(lower(next)) || lower(next) === 'security' || MILITARY_NOUNS.has(lower(second)));
    return { type: 'Organization', rule: 'nation+forces', extend: two ? 2 : 1 };
  }
  const org = ORG_ALIAS.get(exact) ?? ORG_ALIAS.get(surface);
  if (org) return { type: 'Organization', rule: 'alias', key: org };
  const c = country(exact);
  if (c) return { type: 'Place', rule: 'country', key: c.key };
  if (n === 1) {
    const d = demonym(first);
    if (d) return { type: 'Nationality', rule: 'demonym', value: d.countryCode };
    if (PEOPLES.has(first)) return { type: 'Nationality', rule: 'people' };
    if (isThingAcronym(first)) return { type: null, rule: 'thing' };
  }
  if (n > 1 && PLACE_OPENERS.has(lower(first).replace(/\.$/, '')) && !ORG_HEADS.has(last))
    return { type: 'Place', rule: 'place-opener' };
  if (ORG_HEADS.has(last) || (n > 1 && ORG_OPENERS.has(lower(first))))
    return { type: 'Organization', rule: 'org-head' };
  if (n > 1 && PLACE_HEADS.has(last)) return { type: 'Place', rule: 'place-head' };
  const names = givenNames();
  const lastWord = p.tokens[n - 1]!.text;
  const personish =
    n >= 2 &&
    n <= 4 &&
    names.has(lower(first)) &&
    !isPluralNoun(lastWord) &&
    p.tokens.every((t) => isCap(t.text) || NAME_PARTICLE.test(t.text));
  const g = place(exact);
  if (personish && !(g && g.kind === 'country')) return { type: 'Person', rule: 'given-name' };
  const placeCue = prev !== undefined && PLACE_PREPOSITIONS.has(lower(prev));
  if (g && (g.kind !== 'city' || n > 1 || g.population >= 100_000 || placeCue || next === ','))
    return { type: 'Place', rule: `gazetteer-${g.kind}`, key: g.key };
  // "X, spokesperson for Y" / "X, a senior official"
  if (next === ',' && next2 && (TITLE_WORDS.has(lower(next2)) || ['a', 'the', 'an'].includes(lower(next2)))) {
    const after = tokens[p.to + 2]?.text;
    if (TITLE_WORDS.has(lower(next2)) || (after && TITLE_WORDS.has(lower(after))))
      return { type: 'Person', rule: 'apposition' };
  }
  if (next === ',' && next2 && country(next2) && n <= 3) return { type: 'Place', rule: 'place-comma-country' };
  if (next && SPEECH_VERBS.has(lower(next)) && n <= 3 && !ACRONYM.test(first))
    return { type: 'Person', rule: 'speaker' };
  if (prev && /^(said|says|added|wrote)$/i.test(prev) && prev2 !== 'it' && n >= 2 && n <= 3 && !isPluralNoun(lastWord))
    return { type: 'Person', rule: 'speaker-after' };
  // a shouted common word ("FINALLY seizing Bakhmut") is no acronym; short ones may be ("WHO", "US")
  if (n === 1 && ACRONYM.test(first) && first.replace(/\./g, '').length >= 2 && !isShoutedWord(first))
    return { type: 'Organization', rule: 'acronym' };
  if (n === 1 && first.endsWith('s') && demonym(first.slice(0, -1)))
    return { type: 'Organization', rule: 'demonym-plural' };
  if (prev && PLACE_PREPOSITIONS.has(lower(prev)) && n <= 3 && prev !== 'of')
    return { type: 'Place', rule: 'preposition' };
  if (n >= 2 && (isPluralNoun(lastWord) || p.tokens.some((t) => place(t.text))))
    return { type: 'Organization', rule: 'named-thing', weak: true };
  if (n >= 2 && n <= 3 && p.tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)))
    return { type: 'Person', rule: 'two-caps', weak: true };
  if (n >= 3) return { type: 'Organization', rule: 'long-caps', weak: true };
  return { type: null, rule: 'unknown' };
}
