import { distance } from 'fastest-levenshtein';
import { entityId } from '../../vocabulary';
import { cityIn, countryByIso, dissolvedState, placeAnyCase, placeNamed } from '../lexicon/gazetteer';
import { DATELINE_RULE } from '../rules/dateline';
import { knownPerson } from '../lexicon/people';
import { knownOrg } from '../lexicon/organizations';
import { eraName } from '../lexicon/era-names';
import { HONORIFICS, TITLE_WORDS } from '../lexicon/words';
import { lastBefore } from '../sorted';
import { definedAcronym } from '../rules/bracket-bounds';
import { isReferring } from '../rules/references';
import { initialsOf, isAcronym, organisationNames, spellsOut } from './org-names';
import { articleYear } from './parse';
import type { DocState, Entity, EntityType, Mention } from '../types';

const ENTITY_TYPES = new Set<string>(['Person', 'Organization', 'Place']);

/**
 * "the ministry" -> the last organisation whose name has that head word. "The company" is the
 * subject of its sentence or the one before where a company opens either ("Implats posted a profit.
 * Not only did the company ..."), else the company the story is about: the one named most often
 * before it (the latest of those), not the last one a sentence listed ("Apple ... Cingular, owned by
 * AT&T Inc. and BellSouth Corp., ... The company, based in Cupertino").
 */
const NOMINALS: { re: RegExp; head: RegExp; salient?: boolean }[] = [
  { re: /\bthe (ministry)\b/gi, head: /Ministry/ },
  { re: /\b(?:the )?(alliance)(?= members|\b)/gi, head: /NATO|Alliance/ },
  { re: /\bthe (army)\b/gi, head: /Army|Armed Forces/ },
  { re: /\bthe (company)\b/gi, head: /Inc|Corp|Company|Group|Ltd/, salient: true },
  { re: /\bthe (agency)\b/gi, head: /Agency/ },
  { re: /\bthe (commission)\b/gi, head: /Commission/ },
  { re: /\bthe (council)\b/gi, head: /Council/ },
  { re: /\bthe (club)\b/gi, head: /Club|FC|United|City/ },
];

/** Of the mentions before `pos` that pass `test`, the last of the entity named most often. */
function mostNamedBefore(
  mentions: readonly Mention[],
  pos: number,
  test: (m: Mention) => boolean,
): Mention | undefined {
  const counts = new Map<string, number>();
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.end > pos) break;
    if (!test(m)) continue;
    const n = (counts.get(m.entity!) ?? 0) + 1;
    counts.set(m.entity!, n);
    if (!best || best.entity === m.entity || n >= counts.get(best.entity!)!) best = m;
  }
  return best;
}

/** "Joseph L. Votel" -> "Joseph Votel": middle initials dropped, so both spellings meet. */
export function withoutInitials(name: string): string {
  const parts = name.split(/\s+/);
  return parts.filter((p, i) => i === 0 || i === parts.length - 1 || !/^[A-Z]\.?$/.test(p)).join(' ');
}

/** Names are looked up without case: a headline's "MASTERKOVA" is the story's Masterkova. */
const fold = (name: string) => name.toLowerCase();
/** the Arabic article on a surname, as the wires write it, and its assimilated forms ("ash-Shara") */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-(\p{L}{3,})$/u;
const shouted = (name: string) => name === name.toUpperCase();
/** "NEW YORK" -> "New York": a dateline's or headline's capitals as running text writes the name. */
const titleCased = (name: string) =>
  name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, at, c: string) => at + c.toUpperCase());
/** Is `name` a fuller spelling than `have`: longer, or as long and not in capitals? */
const fuller = (name: string, have: string | undefined) =>
  have === undefined || have.length < name.length || (have.length === name.length && shouted(have) && !shouted(name));

/** What a person mention's context says: how often each single name occurs, where each full name is. */
interface PersonContext {
  full: Map<string, string>;
  plain: Map<string, string>;
  /** the last words of full names (two or more): the names they end ("Sanchez Vicario" -> "Arantxa Sanchez Vicario") */
  endings: Map<string, Set<string>>;
  /** the first words of full names: the names they begin ("saddam" -> "Saddam Hussein") */
  firstNames: Map<string, Set<string>>;
  /** the inner words of full names of three words or more ("lula" -> "Luiz Inacio Lula da Silva") */
  innerNames: Map<string, Set<string>>;
  counts: Map<string, number>;
  sentencesOf: Map<string, number[]>;
}

function personKey(
  m: Mention,
  { full, plain, endings, firstNames, innerNames, counts, sentencesOf }: PersonContext,
  titled: boolean,
): string {
  const own = m.name ?? m.text;
  const parts = own.split(/\s+/);
  if (parts.length > 1) {
    // a surname of several words, written alone after the full name ("Sanchez Vicario")
    const key = fold(withoutInitials(own));
    const ends = endings.get(key);
    if (ends?.size === 1) return [...ends][0]!;
    // a name no mention wrote (a pronoun's antecedent as the rules read it, "Russian Svetlana
    // Masterkova") is the written name it ends in
    const words = key.split(' ');
    for (let i = 0; i < words.length - 1; i++) {
      const known = plain.get(words.slice(i).join(' '));
      if (known) return known;
    }
    return own;
  }
  const exact = full.get(fold(own));
  if (exact) return exact;
  // a first name alone, when the article names one person so ("Saddam Hussein ... Saddam"); a
  // title goes before a surname or a monarch's name, not a first name ("King Hussein" is no Hussein Khalaf)
  const given = firstNames.get(fold(own));
  if (given?.size === 1 && !titled) return [...given][0]!;
  // a name the person goes by from inside the full one, when one person's full name holds it
  // ("Lula" of "Luiz Inacio Lula da Silva", written before or after it)
  const inner = innerNames.get(fold(own));
  if (inner?.size === 1 && !given) return [...inner][0]!;
  // A spelling slip ("Maltyar" for "Malyar") is one odd occurrence of the person last named in full;
  // a single name used again and again is a name of its own ("Reagan" beside "Donald Regan").
  if (own.length < 5 || (counts.get(own) ?? 0) > 1) return own;
  // the person named in full last before it: the one a slip can stand for
  let last: string | null = null;
  let at = -1;
  for (const [name, ss] of sentencesOf)
    for (const s of ss)
      if (s <= m.sentence && s > at) {
        at = s;
        last = name;
      }
  for (const [sur, name] of full)
    if (name === last && distance(sur, fold(own)) === 1 && sur[0] === fold(own)[0]) return name;
  return own;
}

/**
 * The title a person mention carries, inside its span ("King Hussein") or in the capitalised title
 * words right before it ("Prime Minister Boris Johnson"); null when none.
 */
function titleAt(text: string, m: Mention): string | null {
  if (m.name && m.name !== m.text) return m.text.slice(0, m.text.length - m.name.length).trim() || null;
  const words = text.slice(Math.max(0, m.start - 60), m.start).split(/\s+/);
  words.pop(); // the space before the name
  const title: string[] = [];
  while (
    words.length &&
    /^\p{Lu}/u.test(words[words.length - 1]!) &&
    TITLE_WORDS.has(words[words.length - 1]!.toLowerCase())
  )
    title.unshift(words.pop()!);
  return title.length ? title.join(' ') : null;
}

/** An organisation mention's own name: the whole name where the span is only part of it (tag stage). */
const orgName = (m: Mention) => m.name ?? m.text.replace(/['’]s$/, '');

/**
 * "The Bank" after "the Bank of England", "the Co" after "Texaco Co", "the Department" after "the
 * U.S. Agriculture Department": news refers back to an organisation by the capitalised head of its
 * name after "the". Such a one-word mention is the organisation last named with that word in it.
 */
function shortFormOf(m: Mention, before: Mention[], entities: Map<string, Entity>, text: string): Entity | undefined {
  if (m.key || !/^\p{Lu}\p{Ll}+$/u.test(m.text) || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)))
    return undefined;
  for (let k = before.length - 1; k >= 0; k--) {
    const e = before[k]!.entity && before[k]!.type === 'Organization' ? entities.get(before[k]!.entity!) : undefined;
    const words = e?.name.split(/\s+/) ?? [];
    if (words.length > 1 && words.includes(m.text)) return e;
  }
  return undefined;
}

/**
 * "The African Football Confederation (CAF)", "The U.S. Agriculture Department, USDA, said": a name
 * and the acronym in brackets or in apposition right after it.
 */
function definedAcronyms(orgs: Mention[], text: string): [string, string][] {
  const out: [string, string][] = [];
  const sorted = [...orgs].sort((a, b) => a.start - b.start);
  sorted.forEach((m, k) => {
    const next = sorted[k + 1];
    if (next && definedAcronym(text, m, next)) out.push([orgName(m), orgName(next)]);
  });
  return out;
}

/**
 * An acronym that spells the initials of an organisation the article names is that organisation,
 * whatever type its letters alone suggested ("British Airways Plc ... BA chairman Lord King",
 * "MITI" after the Ministry of International Trade and Industry), unless the gazetteer knows the
 * letters as a place ("US", "UK").
 */
function acronymsOfOrganisations(mentions: Mention[], text: string): Mention[] {
  const orgs = mentions
    .filter((m) => m.type === 'Organization' && !isAcronym(m.text))
    .sort((a, b) => a.start - b.start);
  if (orgs.length === 0) return mentions;
  const spelled = initialsOf(orgs.map(orgName));
  // defined right after the name, in brackets or apposition: its letters in the name's order will do
  const defines = (m: Mention) => {
    const name = lastBefore(orgs, m.start, () => true);
    return name !== undefined && definedAcronym(text, name, m) && spellsOut(m.text, orgName(name));
  };
  return mentions.map((m) =>
    (m.type === 'Place' || m.type === 'Person') &&
    m.rule !== DATELINE_RULE &&
    isAcronym(m.text) &&
    (spelled.has(m.text.replace(/\./g, '')) || defines(m)) &&
    !placeNamed(m.text)
      ? { ...m, type: 'Organization' }
      : m,
  );
}

/** Stage 4: mentions -> entities with canonical ids, gazetteer facts and in-article coreference. */
/** A state that no longer exists is a place, whatever its acronym looked like to the tagger ("USSR"). */
const dissolvedStates = (mentions: Mention[]): Mention[] =>
  mentions.map((m) => (m.type === 'Organization' && dissolvedState(m.text) ? { ...m, type: 'Place' } : m));

export function resolve(state: DocState): DocState {
  const typed = dissolvedStates(acronymsOfOrganisations(state.mentions, state.text));
  // The same surface keeps one type across the article: the most frequent (lexicon-backed wins ties).
  const votes = new Map<string, Map<string, number>>();
  for (const m of typed) {
    if (!ENTITY_TYPES.has(m.type) || m.rule === DATELINE_RULE) continue;
    const v = votes.get(m.text) ?? new Map<string, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + (m.key || m.rule === 'title' ? 3 : 1));
    votes.set(m.text, v);
  }
  const mentions = typed.map((m) => {
    const v = votes.get(m.text);
    if (!v || v.size < 2 || m.rule === DATELINE_RULE) return m;
    const best = [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0] as EntityType;
    return best === m.type ? m : { ...m, type: best };
  });

  // the mentions that name a person (a pronoun carries its antecedent's name, which is not one more occurrence)
  const naming = mentions.filter((m) => !isReferring(m));
  // Full person names by surname and first name: "Stoltenberg" -> "Jens Stoltenberg".
  const full = new Map<string, string>();
  const articleLess = new Map<string, string>();
  // and every spelling of a full name by its form without middle initials: the longest is the name
  const plain = new Map<string, string>();
  for (const m of naming)
    if (m.type === 'Person' && (m.name ?? m.text).includes(' ')) {
      const own = m.name ?? m.text;
      const key = fold(withoutInitials(own));
      if (fuller(own, plain.get(key))) plain.set(key, own);
      const parts = own.split(/\s+/);
      const sur = fold(parts[parts.length - 1]!);
      if (fuller(own, full.get(sur))) full.set(sur, own);
      // an Arabic surname's article is dropped when the surname stands alone ("al-Muhandis" ->
      // "Muhandis"); a surname that is written so of its own keeps its key
      const bare = ARABIC_ARTICLE.exec(sur)?.[1];
      if (bare && fuller(own, articleLess.get(bare))) articleLess.set(bare, own);
    }
  for (const [bare, own] of articleLess) if (!full.has(bare)) full.set(bare, own);

  const counts = new Map<string, number>();
  const sentencesOf = new Map<string, number[]>();
  for (const m of naming)
    if (m.type === 'Person') {
      const own = m.name ?? m.text;
      counts.set(own, (counts.get(own) ?? 0) + 1);
      const name = own.includes(' ') ? (plain.get(fold(withoutInitials(own))) ?? own) : null;
      if (name) sentencesOf.set(name, [...(sentencesOf.get(name) ?? []), m.sentence]);
    }
  const endings = new Map<string, Set<string>>();
  const firstNames = new Map<string, Set<string>>();
  const innerNames = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, key: string, name: string) =>
    m.set(key, (m.get(key) ?? new Set<string>()).add(name));
  for (const [key, name] of plain) {
    const words = key.split(/\s+/);
    for (let i = 1; i < words.length - 1; i++) add(endings, words.slice(i).join(' '), name);
    add(firstNames, words[0]!, name);
    // capitalised inner words only: "da" and "bin" are no names
    const shown = withoutInitials(name).split(/\s+/);
    for (let i = 1; i < words.length - 1; i++) if (/^\p{Lu}/u.test(shown[i] ?? '')) add(innerNames, words[i]!, name);
  }
  const people: PersonContext = { full, plain, endings, firstNames, innerNames, counts, sentencesOf };

  // the names one organisation goes by in this article, under its fullest form
  const namedOrgs = mentions.filter((m) => m.type === 'Organization' && !knownOrg(m.key ?? ''));
  // a name defined by the acronym of an organisation of the curated table is that organisation ("The
  // Organization of Petroleum Exporting Countries, OPEC, meets")
  const knownByName = new Map<string, string>();
  const orgMentions = mentions.filter((m) => m.type === 'Organization');
  for (const [name, acronym] of definedAcronyms(orgMentions, state.text)) {
    const keyed = orgMentions.find((x) => x.text === acronym && knownOrg(x.key ?? ''));
    if (keyed && !knownByName.has(name)) knownByName.set(name, keyed.key!);
  }
  // and a name the curated table keyed once in the article is that organisation wherever the
  // tagger read it without the table ("IMF" before a title it first swallowed): one sense per discourse
  // (and its table's aliases: "WHO" for the World Health Organization)
  for (const x of orgMentions) {
    const known = knownOrg(x.key ?? '');
    if (!known) continue;
    for (const n of [orgName(x), ...known.aliases]) if (!knownByName.has(n)) knownByName.set(n, x.key!);
  }
  const orgNames = organisationNames(namedOrgs.map(orgName), definedAcronyms(namedOrgs, state.text));

  // a country named in full is the one its last word names in the same article ("Congo" after "the
  // Democratic Republic of Congo" is not the Republic of the Congo)
  const longCountries = mentions
    .filter((m) => m.type === 'Place' && /\s/.test(m.text))
    .map((m) => ({ text: m.text, g: placeNamed(m.text) }))
    .filter((x) => x.g?.kind === 'country');
  const fullCountry = (text: string, own: ReturnType<typeof placeNamed>) =>
    own?.kind === 'country'
      ? (longCountries.find((x) => x.text.endsWith(` ${text}`) && own.key !== x.g!.key)?.g ?? own)
      : own;

  const gazetteerPlace = (text: string) =>
    fullCountry(text, placeNamed(text)) ??
    (shouted(text) && /\p{L}{3}/u.test(text) ? (placeNamed(titleCased(text)) ?? placeAnyCase(text)) : undefined);
  const places = mentions.filter((m) => m.type === 'Place');
  const qualifierOf = (m: Mention) => {
    const next = places.find((n) => n.start === m.end + 2 && state.text.slice(m.end, n.start) === ', ');
    const g = next && gazetteerPlace(next.text);
    return g && g.kind !== 'city' ? g : undefined;
  };

  const entities = new Map<string, Entity>();
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!ENTITY_TYPES.has(m.type)) {
      out.push(m);
      continue;
    }
    const type = m.type as EntityType;
    const named = type === 'Organization' ? shortFormOf(m, out, entities, state.text) : undefined;
    if (named) {
      named.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
      out.push({ ...m, rule: 'short-form', entity: named.id });
      continue;
    }
    let name = m.text.replace(/['’]s$/, '');
    let extra: Partial<Entity> = {};
    /** the gazetteer's entry of a place: its key is the entity's id, whichever rule found the mention */
    let placeKey: string | undefined;
    const title = type === 'Person' ? titleAt(state.text, m) : null;
    if (type === 'Person') name = personKey(m, people, title !== null);
    else if (type === 'Organization') {
      name = orgNames.get(orgName(m)) ?? orgName(m);
      const known = knownOrg(m.key ?? knownByName.get(orgName(m)) ?? knownByName.get(name) ?? '');
      if (known) {
        name = known.name;
        if (known.wikidataId) extra = { wikidataId: known.wikidataId };
      } else name = eraName(name, articleYear(state.article)) ?? name;
    } else if (type === 'Place') {
      // a dateline writes its place in capitals ("WASHINGTON (Reuters) -"): the gazetteer knows it as running text does
      const known = gazetteerPlace(m.text);
      // "Wilmington, Delaware", "SAN JOSE, Calif.": the region or country after a city says which one it is
      const within = known?.kind === 'city' ? qualifierOf(m) : undefined;
      const g = (within && cityIn(known!.name, within)) ?? known;
      // a place no gazetteer knows keeps its dateline's name as running text would write it
      // ("HOLZGERLINGEN, Germany", "CAPE CANAVERAL"), unless its words could be initials ("NWFP": no vowel)
      if (!g && shouted(m.text) && m.text.split(/\s+/).every((w) => /\p{L}{4}/u.test(w) && /[AEIOUY]/.test(w)))
        name = titleCased(m.text);
      if (g) {
        name = g.name;
        placeKey = g.key;
        extra = {
          countryCode: g.countryCode,
          latitude: g.latitude,
          longitude: g.longitude,
          ...(g.wikidataId ? { wikidataId: g.wikidataId } : {}),
          ...(g.geonamesId ? { geonamesId: g.geonamesId } : {}),
          ...(g.kind === 'country' ? { isoCode: g.countryCode } : {}),
        };
      }
    }
    // the entry the name resolves to decides ("Washington" is the capital's key, not the state's that a
    // rule may have looked up first), so every mention of one place gets one id
    const id = type === 'Place' && (placeKey ?? m.key) ? (placeKey ?? m.key)! : entityId(type, name);
    let e = entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], mentions: [], ...extra };
      entities.set(id, e);
    }
    // pronouns and bare titles refer to the entity; they are not names of it
    const referring = isReferring(m);
    // a name first met in capitals (a dateline, a headline) takes its running-text spelling when the article gives it
    if (!referring && fold(name) === fold(e.name) && shouted(e.name) && !shouted(name)) {
      e.aliases = [...e.aliases.filter((a) => a !== name), e.name];
      e.name = name;
      for (const [k, v] of Object.entries(extra)) if (e[k as keyof Entity] === undefined) Object.assign(e, { [k]: v });
    }
    if (!referring && m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    if (title && !referring && !HONORIFICS.has(title.toLowerCase()) && !e.titles?.includes(title))
      e.titles = [...(e.titles ?? []), title];
    e.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
    out.push({ ...m, entity: id });
  }

  // Nominal coreference in the body: "the ministry said" -> the Russian Defense Ministry.
  const orgs = out.filter((m) => m.type === 'Organization' && m.entity).sort((a, b) => a.start - b.start);
  for (const s of state.sentences) {
    if (s.section !== 'body') continue;
    const sText = state.text.slice(s.start, s.end);
    for (const { re, head, salient } of NOMINALS) {
      re.lastIndex = 0;
      for (const hit of sText.matchAll(re)) {
        const start = s.start + hit.index!;
        const fits = (m: Mention) => head.test(entities.get(m.entity!)!.name);
        // a company that opens this sentence or the one before is its subject, and "the company" goes on
        // with it; not where "the company said" closes the sentence's claim, which is the speaker's
        // before ("Zeneca Group Plc ... was named in the lawsuit, the company said": Faulding's)
        const speaks = /^\s+(?:said|says)\b/.test(state.text.slice(start + hit[0].length, start + hit[0].length + 8));
        const last = speaks ? s.index - 1 : s.index;
        const subject = (m: Mention) =>
          fits(m) && m.sentence >= s.index - 1 && m.sentence <= last && m.start === state.sentences[m.sentence]?.start;
        const antecedent = salient
          ? (lastBefore(orgs, start, subject) ?? mostNamedBefore(orgs, start, fits))
          : lastBefore(orgs, start, fits);
        if (!antecedent) continue;
        const e = entities.get(antecedent.entity!)!;
        const end = start + hit[0].length;
        e.mentions.push({ start, end, text: hit[0], sentence: s.index });
        out.push({ start, end, text: hit[0], type: 'Organization', sentence: s.index, rule: 'nominal', entity: e.id });
      }
    }
  }
  // Demonyms point at their country (used by relation rules), they are not entities themselves.
  for (const m of out) {
    if (m.type === 'Nationality' && m.value) {
      const c = countryByIso(m.value);
      if (c) m.entity = c.key;
    }
  }
  // the people of the curated table carry their Wikidata id (in the years they were in the news)
  const year = articleYear(state.article);
  for (const e of entities.values()) {
    if (e.type !== 'Person') continue;
    const known = knownPerson(e.name, year);
    if (known) e.wikidataId = known.wikidataId;
  }
  for (const e of entities.values()) e.mentions.sort((a, b) => a.start - b.start);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...state, mentions: out, entities: [...entities.values()] };
}
