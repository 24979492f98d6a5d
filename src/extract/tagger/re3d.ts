/**
 * re3d (Dstl: CENTCOM, UK Government and Wikipedia texts on defence and foreign affairs) as extra
 * training documents for the tagger: wars, ministries and Arabic names of the 2010s that CoNLL-2003's
 * 1996 Reuters lacks. re3d draws entities its own way: descriptive phrases are entities ("an ISIL
 * tactical unit", "U.S. forces", "the Iraqi city of Mosul"), determiners and titles are inside
 * them. Mapped to CoNLL-2003's convention, so the tagger keeps one: leading lower-case words and a
 * person's titles come off, a capitalised nationality is Misc, and a sentence holding a mention
 * that only re3d's convention makes an entity (a lower-case word inside, a nationality before an
 * organisation, a weapon or platform) is left out of training, since its tags cannot be given.
 */
import fs from 'node:fs';
import path from 'node:path';
import { commonWordTag } from '../lexicon/english';
import { country, demonym } from '../lexicon/gazetteer';
import { HONORIFICS, ORG_HEADS, PLACE_HEADS, TITLE_WORDS } from '../lexicon/words';
import type { Range } from '../types';
import type { ConllDocument } from './conll';
import type { NamedType, TypedSpan } from './tags';

interface Re3dEntity {
  begin: number;
  end: number;
  type: string;
  documentId: string;
}

const TYPES: Record<string, NamedType> = { Person: 'Person', Organisation: 'Organization', Location: 'Place' };
/** Types whose capitalised mentions CoNLL-2003 may tag Misc or not at all: their tags are unknown. */
const UNSURE_TYPES = new Set(['Weapon', 'MilitaryPlatform', 'Vehicle', 'DocumentReference']);
/** Lower-case words a name may hold ("Islamic State of Iraq and the Levant", "Bashar al-Assad"). */
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'al', 'bin', 'ibn', 'van', 'von', 'du']);

const readLines = <T>(file: string): T[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Words that open a re3d span and no CoNLL-2003 name: determiners, lower-case words, titles, nationalities. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'its', 'our', 'their']);
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || HONORIFICS.has(w.toLowerCase());

/** The span after its leading determiners and lower-case words, and for a person its titles and nationality. */
function trimmed(text: string, span: Range, person: boolean): Range {
  let { start } = span;
  for (;;) {
    const m = /^(\S+)\s+/u.exec(text.slice(start, span.end));
    if (!m) return { start, end: span.end };
    const w = m[1]!;
    const drop =
      /^\p{Ll}/u.test(w) || DETERMINERS.has(w.toLowerCase()) || (person && (isTitle(w) || demonym(w) !== undefined));
    if (!drop) return { start, end: span.end };
    start += m[0].length;
  }
}

/** A re3d mention as CoNLL-2003 tags it: a typed span, nothing (a description, a date), or unknown. */
function convert(text: string, e: Re3dEntity): TypedSpan | 'unsure' | null {
  const type = TYPES[e.type];
  const span = trimmed(text, { start: e.begin, end: e.end }, type === 'Person');
  const name = text.slice(span.start, span.end);
  const words = name.split(/\s+/);
  if (!/^\p{Lu}/u.test(name)) return null; // a description: no name
  // a title or a pronoun alone ("The Foreign Secretary", "Ministers", "We") names no one
  if (words.every((w) => isTitle(w) || isTitle(w.replace(/s$/, '')) || PRONOUNS.has(w.toLowerCase()))) return null;
  if (words.length === 1) {
    const tag = commonWordTag(name.toLowerCase());
    if (tag === 'Demonym') return { ...span, type: 'Misc' }; // "Jordanians"
    if (tag === 'Plural') return null; // "Soldiers", "Ministers": a common noun
  }
  if (UNSURE_TYPES.has(e.type)) return 'unsure';
  if (e.type === 'Nationality') return words.length === 1 ? { ...span, type: 'Misc' } : 'unsure';
  if (!type) return null;
  if (words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.replace(/-.*$/, '')))) return 'unsure';
  if (type !== 'Person' && words.length > 1 && demonym(words[0]!)) return 'unsure'; // "Iraqi Security Forces"
  // a person span that keeps a title or an organisation's head inside is a description ("Foreign Office Minister")
  if (
    type === 'Person' &&
    words.some((w) => isTitle(w) || ORG_HEADS.has(w.toLowerCase()) || PLACE_HEADS.has(w.toLowerCase()))
  )
    return 'unsure';
  // a country is a place in CoNLL-2003 wherever it acts ("The UK" condemned)
  return { ...span, type: type === 'Organization' && country(name) ? 'Place' : type };
}

/**
 * re3d nests mentions ("Vermillion, South Dakota" over "Vermillion" and "South Dakota"); CoNLL-2003
 * tags the innermost names. An outer mention goes when the ones inside it leave nothing of it
 * capitalised but titles; when they leave a name word, the sentence is unsure.
 */
function flattened(text: string, gold: TypedSpan[], unsure: Range[]): TypedSpan[] {
  return gold.filter((outer) => {
    const inner = gold.filter(
      (g) => g !== outer && g.start >= outer.start && g.end <= outer.end && g.end - g.start < outer.end - outer.start,
    );
    if (!inner.length) return true;
    let rest = text.slice(outer.start, outer.end);
    for (const g of inner)
      rest = rest.slice(0, g.start - outer.start) + ' '.repeat(g.end - g.start) + rest.slice(g.end - outer.start);
    if (rest.split(/[\s,–-]+/).some((w) => /^\p{Lu}/u.test(w) && !isTitle(w))) unsure.push(outer);
    return false;
  });
}

/** The documents of one re3d subset folder (documents.json, entities.json). */
export function readRe3d(dir: string): ConllDocument[] {
  const docs = readLines<{ _id: string; text: string }>(path.join(dir, 'documents.json'));
  const byDoc = new Map<string, Re3dEntity[]>();
  for (const e of readLines<Re3dEntity>(path.join(dir, 'entities.json')))
    byDoc.set(e.documentId, [...(byDoc.get(e.documentId) ?? []), e]);
  return docs.map((d) => {
    const gold: TypedSpan[] = [];
    const unsure: Range[] = [];
    for (const e of byDoc.get(d._id) ?? []) {
      const c = convert(d.text, e);
      if (c === 'unsure') unsure.push({ start: e.begin, end: e.end });
      else if (c) gold.push(c);
    }
    return { text: d.text, gold: flattened(d.text, gold, unsure), unsure };
  });
}
