import { countryByKey } from '../lexicon/gazetteer';
import type { DocState, Entity, Evidence, Mention, Sentence } from '../types';

/** What rules over one sentence need: its text, its entity mentions in order, and ways to cite it. */
export interface SentenceView {
  sentence: Sentence;
  text: string;
  /** mentions with an entity (demonyms point at their country), in text order */
  actors: Mention[];
  evidence(start?: number, end?: number): Evidence;
  /** absolute offset -> sentence-relative */
  rel(offset: number): number;
}

/** Each cue pattern's global copy, compiled once (matchAll needs the g flag). */
const globalOf = new WeakMap<RegExp, RegExp>();

/**
 * The first match of `re` in the sentence that lies in none of `names`: a cue or trigger word inside
 * a name ("Rapid Support Forces", "police spokesman Umar Shelling") is none.
 */
export function firstHitOutside(v: SentenceView, re: RegExp, names: { start: number; end: number }[]) {
  let g = globalOf.get(re);
  // case-insensitive always; its own flags kept (a pattern of \p{...} classes needs its u)
  if (!g) globalOf.set(re, (g = new RegExp(re.source, `gi${re.flags.replace(/[gi]/g, '')}`)));
  for (const hit of v.text.matchAll(g)) {
    const start = v.sentence.start + hit.index;
    const end = start + hit[0].length;
    if (!names.some((a) => a.start < end && start < a.end)) return hit;
  }
  return null;
}

export function views(state: DocState): SentenceView[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of state.mentions) {
    if (!m.entity) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  return state.sentences
    .filter((s) => s.section === 'body')
    .map((s) => ({
      sentence: s,
      text: state.text.slice(s.start, s.end),
      actors: (bySentence.get(s.index) ?? []).filter((m) => m.type !== 'Date').sort((a, b) => a.start - b.start),
      evidence: (start = s.start, end = s.end) => ({ sentence: s.index, start, end }),
      rel: (offset: number) => offset - s.start,
    }));
}

/** The entity list plus countries that relations reach through a demonym ("Ukrainian" -> Ukraine). */
export function withCountries(entities: Entity[], ids: Iterable<string>): Entity[] {
  const have = new Set(entities.map((e) => e.id));
  const out = [...entities];
  for (const id of ids) {
    if (have.has(id) || !id.startsWith('place:')) continue;
    const c = countryByKey(id);
    if (!c) continue;
    out.push({
      id,
      type: 'Place',
      name: c.name,
      aliases: c.demonyms,
      mentions: [],
      countryCode: c.countryCode,
      latitude: c.latitude,
      longitude: c.longitude,
      ...(c.wikidataId ? { wikidataId: c.wikidataId } : {}),
    });
    have.add(id);
  }
  return out;
}
