import nlp from 'compromise';
import { distance } from 'fastest-levenshtein';
import { commonWordTag } from '../lexicon/english';
import { country, demonym, PEOPLES, place } from '../lexicon/gazetteer';
import { givenNames } from '../lexicon/names';
import { KNOWN_ORGS } from '../lexicon/organizations';
import {
  COMMON_WORDS,
  HONORIFICS,
  MILITARY_NOUNS,
  ORG_HEADS,
  ORG_OPENERS,
  ORG_TAILS,
  PLACE_HEADS,
  PLACE_OPENERS,
  THING_ACRONYMS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TIME_WORDS,
  TITLE_WORDS,
  TITLES,
} from '../lexicon/words';
import { groupBy, lastBefore } from '../sorted';
import type { DocState, Mention, MentionType, Token } from '../types';

const TITLE_IN_SPAN = true;
const ORG_ALIAS = new Map<string, string>();
for (const o of KNOWN_ORGS) for (const a of [o.name, ...o.aliases]) ORG_ALIAS.set(a.replace(/^the /, ''), o.name);

const TITLE_SEQS = TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&-]{1,7}s?$/u;
const NAME_PARTICLE = /^(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|der|den|ter)-?$/;
const PARTICLE_PREFIXED = /^(?:al|el|bin|ibn)-\p{Lu}/u;
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'des', 'du', 'and', 'the', '&']);

/** Lower-case nouns right before a name that make it an organisation ("the start-up Darkline"). */
const ORG_CUES = new Set([
  'company',
  'firm',
  'start-up',
  'startup',
  'group',
  'maker',
  'bank',
  'retailer',
  'carrier',
  'insurer',
  'club',
  'team',
  'newspaper',
  'broadcaster',
  'airline',
  'lender',
  'manufacturer',
  'militia',
  'outlet',
  'developer',
  'rivals',
  'giant',
]);

const isCap = (t: string) => /^\p{Lu}/u.test(t) || PARTICLE_PREFIXED.test(t);
const lower = (t: string) => t.toLowerCase();
const DATE_CUES = new Set([
  'in',
  'on',
  'since',
  'until',
  'by',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'from',
  'through',
  'of',
  'this',
  'before',
  'after',
  'during',
]);
const FULL_TIME =
  /^(january|february|april|june|july|august|september|october|november|december|sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/;

/** Months and weekdays are dates, not names; "Jan" and "May" only next to a number or a date cue. */
function isTimeWord(tokens: Token[], i: number): boolean {
  const w = lower(tokens[i]!.text);
  if (!TIME_WORDS.has(w)) return false;
  if (FULL_TIME.test(w)) return true;
  const next = tokens[i + 1]?.text ?? '';
  const prev = lower(tokens[i - 1]?.text ?? '');
  return /^\d/.test(next) || DATE_CUES.has(prev);
}

/** compromise's reading of a lone capitalised word: is it a common (non-name) word? */
const commonCache = new Map<string, boolean>();

/**
 * "FINALLY", "URGENT": an English word in capitals, not an acronym. Only words compromise knows (or
 * "-ly" adverbs) count: its guesses from endings would take "NAVCENT" for an adjective like "recent".
 */
function isShoutedWord(word: string): boolean {
  if (word.length < 5) return false; // "WHO", "US", "NATO" stay acronyms
  return /LY$/.test(word) || commonWordTag(lower(word)) !== null;
}

const QUANTIFIERS = new Set(['many', 'several', 'some', 'most', 'other', 'few', 'more', 'all', 'both', 'such', 'each']);
const adjectiveCache = new Map<string, boolean>();

/** An adjective right before an organisation or place head word is part of the name ("Foreign Office"). */
function namesWithHead(word: string, next: string): boolean {
  const w = lower(word);
  const head = lower(next);
  if (QUANTIFIERS.has(w) || !(ORG_HEADS.has(head) || PLACE_HEADS.has(head))) return false;
  let v = adjectiveCache.get(w);
  if (v === undefined) {
    v = nlp(w).has('#Adjective');
    adjectiveCache.set(w, v);
  }
  return v;
}

function isCommonWord(word: string): boolean {
  const w = lower(word);
  if (COMMON_WORDS.has(w)) return true;
  let v = commonCache.get(w);
  if (v === undefined) {
    const doc = nlp(w);
    v =
      !doc.has('#ProperNoun') &&
      doc.has('(#Verb|#Adverb|#Preposition|#Determiner|#Conjunction|#Pronoun|#Adjective|#QuestionWord)');
    commonCache.set(w, v);
  }
  return v;
}

/** "Sports", "Airlines", "Motors": a plural common noun ends organisation names, not people's. */
const pluralCache = new Map<string, boolean>();
function isPluralNoun(word: string): boolean {
  const w = lower(word);
  let v = pluralCache.get(w);
  if (v === undefined) {
    v = w.endsWith('s') && nlp(w).has('#Plural') && !givenNames().has(w);
    pluralCache.set(w, v);
  }
  return v;
}

interface Piece {
  tokens: Token[];
  /** token index in the sentence */
  from: number;
  to: number; // exclusive
  /** a title preceded it: it is a person */
  titled: boolean;
  /** token index where a capitalised title before the name starts ("Col. John Dorrian") */
  titleFrom?: number;
  /** the run is a title and nothing else ("The Foreign Secretary said"): a reference to a person */
  titleOnly?: boolean;
}

function matchTitle(tokens: Token[], i: number, end: number): number {
  for (const seq of TITLE_SEQS) {
    if (i + seq.length > end) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = lower(tokens[i + k]!.text) === seq[k];
    if (ok) return seq.length;
  }
  return 0;
}

/** Multiword names from the alias table, matched token by token ("Islamic State of Iraq and the Levant"). */
const ALIAS_PHRASES = [...ORG_ALIAS.keys()]
  .filter((a) => a.includes(' '))
  .map((a) => a.split(' '))
  .sort((a, b) => b.length - a.length);

function matchAlias(tokens: Token[], i: number): number {
  for (const seq of ALIAS_PHRASES) {
    if (i + seq.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = tokens[i + k]!.text === seq[k];
    if (ok) return seq.length;
  }
  return 0;
}

/** The end of a capitalised run starting at i (names joined by "of", "for", particles). */
function runEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  for (;;) {
    const nt = tokens[j]?.text;
    if (nt === undefined) break;
    if (isCap(nt) && !isTimeWord(tokens, j)) {
      j++;
      continue;
    }
    if ((CONNECTORS.has(nt) || NAME_PARTICLE.test(nt)) && j + 1 < tokens.length) {
      let k = j;
      while (k < tokens.length && (CONNECTORS.has(tokens[k]!.text) || NAME_PARTICLE.test(tokens[k]!.text))) k++;
      const after = tokens[k]?.text;
      const head = lower(tokens[j - 1]!.text);
      const joinable =
        after !== undefined &&
        isCap(after) &&
        !isTimeWord(tokens, k) &&
        (NAME_PARTICLE.test(nt) ||
          (nt === 'of' &&
            (ORG_HEADS.has(head) || ORG_OPENERS.has(head) || PLACE_HEADS.has(head) || TITLE_WORDS.has(head))) ||
          (nt === 'for' && (ORG_OPENERS.has(lower(tokens[i]!.text)) || ORG_HEADS.has(head) || TITLE_WORDS.has(head))) ||
          (nt === '&' && k === j + 1) ||
          (nt === 'and' && k === j + 1 && ORG_HEADS.has(lower(tokens[runEnd(tokens, k) - 1]?.text ?? ''))));
      if (joinable && k - j <= 2) {
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Splits "Middle East Tobias Ellwood" into a known place or organisation and the person after it. */
function splitKnownPrefix(tokens: Token[], from: number, to: number): number {
  if (to - from < 3) return -1;
  for (let k = to - 2; k > from; k--) {
    const prefix = tokens
      .slice(from, k)
      .map((t) => t.text)
      .join(' ');
    if ((country(prefix) || place(prefix) || ORG_ALIAS.has(prefix)) && givenNames().has(lower(tokens[k]!.text)))
      return k;
  }
  return -1;
}

/** Capitalised runs, split at titles ("NATO | Secretary General | Jens Stoltenberg"). */
function pieces(tokens: Token[], docLower: Set<string>): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!.text;
    const alias = matchAlias(tokens, i);
    if (alias) {
      out.push({ tokens: tokens.slice(i, i + alias), from: i, to: i + alias, titled: false });
      i += alias;
      continue;
    }
    const ordinal = /^\d+(st|nd|rd|th)$/.test(t) && tokens[i + 1] !== undefined && isCap(tokens[i + 1]!.text);
    if ((!isCap(t) && !ordinal) || isTimeWord(tokens, i)) {
      i++;
      continue;
    }
    let j = runEnd(tokens, i);
    // "CTF 50", "Resolution 2254": a number right after an acronym or a named thing belongs to it
    if (j < tokens.length && /^\d+$/.test(tokens[j]!.text) && ACRONYM.test(tokens[j - 1]!.text)) j++;
    // drop a sentence-initial common word ("The", "Later", "Bolstered")
    let s = i;
    while (s < j && (s === 0 || /^["“‘(]$/.test(tokens[s - 1]!.text)) && s - (tokens[s - 1] ? 1 : 0) <= 1) {
      const w = tokens[s]!.text;
      // "Foreign Secretary Philip Hammond said": a title opening the sentence is kept
      if (matchTitle(tokens, s, j) > 0) break;
      // "Foreign Office Minister ...", "Royal Navy ships": an adjective naming an organisation or place with its head
      if (s + 1 < j && namesWithHead(w, tokens[s + 1]!.text)) break;
      if (isCommonWord(w) || (docLower.has(lower(w)) && !country(w) && !demonym(w))) s++;
      else break;
    }
    while (s < j && lower(tokens[s]!.text) === 'the') s++;
    // split at titles inside the run
    let start = s;
    let titled = s > 0 && TITLE_WORDS.has(lower(tokens[s - 1]!.text)) && !isCap(tokens[s - 1]!.text);
    let titleFrom: number | undefined;
    let k = s;
    while (k < j) {
      const n = matchTitle(tokens, k, j);
      const lastOfRun = lower(tokens[j - 1]!.text);
      if (
        n > 0 &&
        k + n < j &&
        !ORG_HEADS.has(lower(tokens[k + n - 1]!.text)) &&
        !ORG_HEADS.has(lastOfRun) &&
        !PLACE_HEADS.has(lastOfRun)
      ) {
        if (k > start) out.push({ tokens: tokens.slice(start, k), from: start, to: k, titled });
        titleFrom = k;
        k += n;
        start = k;
        titled = true;
        continue;
      }
      k++;
    }
    // a title at the very end of a run is not a name ("U.S. Defense Secretary" said ...)
    let end = j;
    if (end > start) {
      let n = 0;
      for (let p = start; p < end; p++)
        if (matchTitle(tokens, p, end) === end - p) {
          n = end - p;
          break;
        }
      if (n > 0 && n < end - start) end -= n;
      else if (n === end - start && n > 0) {
        out.push({ tokens: tokens.slice(start, end), from: start, to: end, titled: false, titleOnly: true });
        end = start;
      }
    }
    if (end > start) {
      const cut = titled ? -1 : splitKnownPrefix(tokens, start, end);
      if (cut > 0) {
        out.push({ tokens: tokens.slice(start, cut), from: start, to: cut, titled: false });
        start = cut;
      }
      out.push({
        tokens: tokens.slice(start, end),
        from: start,
        to: end,
        titled,
        ...(titleFrom === undefined ? {} : { titleFrom }),
      });
    }
    i = j;
  }
  return out;
}

/** compromise's own people/organisation/place tags for a sentence: the fallback for names no rule knows. */
/**
 * compromise's reading of a name it is handed alone: a date or holiday ("Thanksgiving Day": no
 * entity), or its lexicon's type. One small document per unclear name instead of one per sentence:
 * the statistical tagger (refine stage) judges boundaries and context afterwards.
 */
function compromiseType(name: string): Classified | null {
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

interface Classified {
  type: MentionType | null;
  rule: string;
  /** lower-case words after the piece that belong to the name ("Assad regime") */
  extend?: number;
  /** a guess from the shape alone: compromise may overrule it */
  weak?: boolean;
  key?: string;
  value?: string;
}

function classify(p: Piece, tokens: Token[], text: string): Classified {
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
      (['service', 'air', 'security', 'special', 'coast'].includes(lower(next)) || MILITARY_NOUNS.has(lower(second)));
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
    if (THING_ACRONYMS.has(lower(first)) || (first.endsWith('s') && THING_ACRONYMS.has(lower(first.slice(0, -1)))))
      return { type: null, rule: 'thing' };
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

const MONEY =
  /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m))?|\d[\d,.]*\s?(?:million|billion|trillion)?\s?(?:dollars|euros|pounds|rubles|roubles|hryvnias|yuan))/giu;
const QUANTITY =
  /\b\d[\d,.]*\s?(?:mm|km|kilometres|kilometers|miles|metres|meters|tons|tonnes|kg|percent|per cent|%)\b/giu;

/** Stage 3: mentions of people, organisations, places, nationalities, money and quantities. */
export function recognize(state: DocState): DocState {
  const { text } = state;
  const docLower = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?]\s)\b\p{Ll}[\p{Ll}'-]+\b/gu)) docLower.add(m[0]);
  const mentions: Mention[] = [];
  const unknown: Mention[] = [];
  const titleRefs: Mention[] = [];
  for (const s of state.sentences) {
    const tokens = state.tokens[s.index]!;
    for (const p of pieces(tokens, docLower)) {
      if (p.titleOnly) {
        const start = p.tokens[0]!.start;
        const end = p.tokens[p.tokens.length - 1]!.end;
        titleRefs.push({
          start,
          end,
          text: text.slice(start, end),
          type: 'Person',
          sentence: s.index,
          rule: 'title-coref',
        });
        continue;
      }
      let start = p.tokens[0]!.start;
      let end = p.tokens[p.tokens.length - 1]!.end;
      const nameText = text.slice(start, end);
      let c = classify(p, tokens, nameText);
      if (c.type === null || c.weak) {
        const second = compromiseType(nameText);
        // a shape-only guess gives way to compromise; an unknown name stays unknown unless compromise knows it
        if (second && (second.type !== null || c.weak)) c = second;
      }
      if (c.extend) end = tokens[p.to + c.extend - 1]!.end;
      // The mention covers a capitalised title before the name ("Col. John Dorrian"); the entity is named without it.
      if (TITLE_IN_SPAN && c.type === 'Person' && p.titleFrom !== undefined) start = tokens[p.titleFrom]!.start;
      const surface = text.slice(start, end);
      const m: Mention = { start, end, text: surface, type: c.type ?? 'Organization', sentence: s.index, rule: c.rule };
      if (c.key) m.key = c.key;
      if (surface !== nameText && c.type === 'Person') m.name = nameText;
      if (c.type === 'Organization') {
        const owner = demonym(p.tokens[0]!.text) ?? country(p.tokens[0]!.text);
        if (owner && p.tokens.length + (c.extend ?? 0) > 1) m.countryOf = owner.key;
      }
      if (c.value) m.value = c.value;
      (c.type ? mentions : unknown).push(m);
    }
    const sText = text.slice(s.start, s.end);
    for (const re of [MONEY, QUANTITY]) {
      re.lastIndex = 0;
      for (const m of sText.matchAll(re)) {
        const start = s.start + m.index!;
        mentions.push({
          start,
          end: start + m[0].trimEnd().length,
          text: m[0].trimEnd(),
          type: re === MONEY ? 'Money' : 'Quantity',
          sentence: s.index,
          rule: 'regex',
        });
      }
    }
  }
  // Second pass: single words that name a person already seen ("Stoltenberg", "Austin"; "Maltyar" for "Malyar").
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === 'Person') {
      const parts = (m.name ?? m.text).split(/\s+/);
      if (parts.length > 1 || m.rule === 'title') surnames.add(parts[parts.length - 1]!);
    }
  const retype = (m: Mention): boolean => {
    if (m.text.includes(' ') || (m.key?.startsWith('place:') && country(m.text))) return false;
    if (surnames.has(m.text)) return true;
    if (m.text.length >= 5) for (const s of surnames) if (distance(s, m.text) === 1 && s[0] === m.text[0]) return true;
    return false;
  };
  for (const m of [...mentions, ...unknown]) {
    if ((m.type === 'Person' || m.type === 'Place' || m.rule === 'unknown') && retype(m)) {
      m.type = 'Person';
      m.rule = 'surname';
      delete m.key;
      if (!mentions.includes(m)) mentions.push(m);
    }
  }
  const placesBySentence = groupBy(
    mentions.filter((x) => x.type === 'Place'),
    (x) => x.sentence,
  );
  // Coordinated with a place, or named by a place noun: "Kramatorsk and Sloviansk", "regions of Kherson and Zaporizhzhia".
  for (const m of unknown) {
    if (mentions.includes(m)) continue;
    const sentenceMentions = placesBySentence.get(m.sentence) ?? [];
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 30);
    const coordinated = sentenceMentions.some(
      (x) =>
        (x.end <= m.start && /^\s*(,|and|or)\s*$/.test(text.slice(x.end, m.start))) ||
        (x.start >= m.end && /^\s*(,|and|or)\s*$/.test(text.slice(m.end, x.start))),
    );
    const placeNoun =
      /\b(cit(?:y|ies)|towns?|villages?|regions?|provinces?|districts?|oblasts?|areas?) (?:of )?$|\b(cities|towns|villages|regions),\s*$/i.test(
        before,
      ) || /^\s+(province|region|oblast|district)\b/i.test(after);
    if (coordinated || placeNoun)
      mentions.push({ ...m, type: 'Place', rule: coordinated ? 'coordination' : 'place-noun' });
  }
  // Unknown single words that elsewhere in the article are a known organisation or place keep that type.
  const byText = new Map(mentions.filter((m) => m.type !== 'Nationality').map((m) => [m.text, m]));
  for (const m of unknown) {
    if (mentions.includes(m)) continue;
    const same = byText.get(m.text);
    if (same) mentions.push({ ...m, type: same.type, rule: 'same-text', ...(same.key ? { key: same.key } : {}) });
  }
  mentions.push(...resolveTitleRefs(titleRefs, mentions, text));
  mentions.push(...pronouns(state, mentions));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...state, mentions };
}

/** "The Foreign Secretary said" refers to the person this article introduced as "Foreign Secretary Philip Hammond". */
function resolveTitleRefs(refs: Mention[], mentions: Mention[], text: string): Mention[] {
  const byTitle = new Map<string, string>();
  for (const m of mentions)
    if (m.type === 'Person' && m.name && m.text.endsWith(m.name)) {
      const title = text
        .slice(m.start, m.end - m.name.length)
        .trim()
        .toLowerCase();
      if (title && !byTitle.has(title)) byTitle.set(title, m.name);
    }
  return refs.flatMap((r) => {
    const name = byTitle.get(r.text.toLowerCase());
    return name ? [{ ...r, name }] : [];
  });
}

const PRONOUN = /\b(he|she|He|She)\b/g;

/** "he said": the last person named in this or the two sentences before, as a mention of that person. */
function pronouns(state: DocState, mentions: Mention[]): Mention[] {
  const people = mentions.filter((m) => m.type === 'Person').sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (const s of state.sentences) {
    if (s.section !== 'body') continue;
    const sText = state.text.slice(s.start, s.end);
    for (const hit of sText.matchAll(PRONOUN)) {
      const at = s.start + hit.index!;
      const antecedent = lastBefore(people, at, (m) => m.sentence >= s.index - 2, 50);
      if (!antecedent) continue;
      const name = antecedent.name ?? antecedent.text;
      out.push({
        start: at,
        end: at + hit[0].length,
        text: hit[0],
        type: 'Person',
        sentence: s.index,
        rule: 'pronoun',
        name,
      });
    }
  }
  return out;
}
