import { distance } from 'fastest-levenshtein';
import { entityId } from '../../vocabulary';
import { country, countryByIso, place } from '../lexicon/gazetteer';
import { knownOrg } from '../lexicon/organizations';
import { lastBefore } from '../sorted';
import { organisationNames } from './org-names';
import type { DocState, Entity, EntityType, Mention } from '../types';

const ENTITY_TYPES = new Set<string>(['Person', 'Organization', 'Place']);

/** "the ministry" -> the last organisation whose name has that head word. */
const NOMINALS: { re: RegExp; head: RegExp }[] = [
  { re: /\bthe (ministry)\b/gi, head: /Ministry/ },
  { re: /\b(?:the )?(alliance)(?= members|\b)/gi, head: /NATO|Alliance/ },
  { re: /\bthe (army)\b/gi, head: /Army|Armed Forces/ },
  { re: /\bthe (company)\b/gi, head: /Inc|Corp|Company|Group|Ltd/ },
  { re: /\bthe (agency)\b/gi, head: /Agency/ },
  { re: /\bthe (commission)\b/gi, head: /Commission/ },
  { re: /\bthe (council)\b/gi, head: /Council/ },
  { re: /\bthe (club)\b/gi, head: /Club|FC|United|City/ },
];

/** "Joseph L. Votel" -> "Joseph Votel": middle initials dropped, so both spellings meet. */
export function withoutInitials(name: string): string {
  const parts = name.split(/\s+/);
  return parts.filter((p, i) => i === 0 || i === parts.length - 1 || !/^[A-Z]\.?$/.test(p)).join(' ');
}

/** What a person mention's context says: how often each single name occurs, where each full name is. */
interface PersonContext {
  full: Map<string, string>;
  plain: Map<string, string>;
  counts: Map<string, number>;
  sentencesOf: Map<string, number[]>;
}

function personKey(m: Mention, { full, plain, counts, sentencesOf }: PersonContext): string {
  const own = m.name ?? m.text;
  const parts = own.split(/\s+/);
  if (parts.length > 1) return plain.get(withoutInitials(own)) ?? own;
  const exact = full.get(own);
  if (exact) return exact;
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
  for (const [sur, name] of full) if (name === last && distance(sur, own) === 1 && sur[0] === own[0]) return name;
  return own;
}

/** An organisation mention's own name: the whole name where the span is only part of it (tag stage). */
const orgName = (m: Mention) => m.name ?? m.text.replace(/['’]s$/, '');

/** Stage 4: mentions -> entities with canonical ids, gazetteer facts and in-article coreference. */
export function resolve(state: DocState): DocState {
  // The same surface keeps one type across the article: the most frequent (lexicon-backed wins ties).
  const votes = new Map<string, Map<string, number>>();
  for (const m of state.mentions) {
    if (!ENTITY_TYPES.has(m.type)) continue;
    const v = votes.get(m.text) ?? new Map<string, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + (m.key || m.rule === 'title' ? 3 : 1));
    votes.set(m.text, v);
  }
  const mentions = state.mentions.map((m) => {
    const v = votes.get(m.text);
    if (!v || v.size < 2) return m;
    const best = [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0] as EntityType;
    return best === m.type ? m : { ...m, type: best };
  });

  // Full person names by surname and first name: "Stoltenberg" -> "Jens Stoltenberg".
  const full = new Map<string, string>();
  // and every spelling of a full name by its form without middle initials: the longest is the name
  const plain = new Map<string, string>();
  for (const m of mentions)
    if (m.type === 'Person' && (m.name ?? m.text).includes(' ')) {
      const own = m.name ?? m.text;
      const key = withoutInitials(own);
      if (!plain.has(key) || plain.get(key)!.length < own.length) plain.set(key, own);
      const parts = own.split(/\s+/);
      const sur = parts[parts.length - 1]!;
      if (!full.has(sur) || full.get(sur)!.length < own.length) full.set(sur, own);
    }

  const counts = new Map<string, number>();
  const sentencesOf = new Map<string, number[]>();
  for (const m of mentions)
    if (m.type === 'Person') {
      const own = m.name ?? m.text;
      counts.set(own, (counts.get(own) ?? 0) + 1);
      const name = own.includes(' ') ? (plain.get(withoutInitials(own)) ?? own) : null;
      if (name) sentencesOf.set(name, [...(sentencesOf.get(name) ?? []), m.sentence]);
    }
  const people: PersonContext = { full, plain, counts, sentencesOf };

  // the names one organisation goes by in this article, under its fullest form
  const orgNames = organisationNames(
    mentions.filter((m) => m.type === 'Organization' && !knownOrg(m.key ?? '')).map(orgName),
  );

  const entities = new Map<string, Entity>();
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!ENTITY_TYPES.has(m.type)) {
      out.push(m);
      continue;
    }
    const type = m.type as EntityType;
    let name = m.text.replace(/['’]s$/, '');
    let extra: Partial<Entity> = {};
    if (type === 'Person') name = personKey(m, people);
    else if (type === 'Organization') {
      name = orgNames.get(orgName(m)) ?? orgName(m);
      const known = knownOrg(m.key ?? '');
      if (known) {
        name = known.name;
        if (known.wikidataId) extra = { wikidataId: known.wikidataId };
      }
    } else if (type === 'Place') {
      const g = country(m.text) ?? place(m.text);
      if (g) {
        name = g.name;
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
    const id = type === 'Place' && m.key ? m.key : entityId(type, name);
    let e = entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: [], mentions: [], ...extra };
      entities.set(id, e);
    }
    // pronouns and bare titles refer to the entity; they are not names of it
    const referring = m.rule === 'pronoun' || m.rule === 'title-coref';
    if (!referring && m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    e.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
    out.push({ ...m, entity: id });
  }

  // Nominal coreference in the body: "the ministry said" -> the Russian Defense Ministry.
  const orgs = out.filter((m) => m.type === 'Organization' && m.entity).sort((a, b) => a.start - b.start);
  for (const s of state.sentences) {
    if (s.section !== 'body') continue;
    const sText = state.text.slice(s.start, s.end);
    for (const { re, head } of NOMINALS) {
      re.lastIndex = 0;
      for (const hit of sText.matchAll(re)) {
        const start = s.start + hit.index!;
        const antecedent = lastBefore(orgs, start, (m) => head.test(entities.get(m.entity!)!.name));
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
  for (const e of entities.values()) e.mentions.sort((a, b) => a.start - b.start);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...state, mentions: out, entities: [...entities.values()] };
}
