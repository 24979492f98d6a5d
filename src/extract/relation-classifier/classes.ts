/**
 * What the relation classifier decides for a pair of mentions in one sentence, the first (a) before
 * the second (b) in the text: no relation, or one of the relation types it is trained for, with
 * its direction (`>`: a is the source, `<`: b is). A type only fits arguments of its types.
 */
import type { RelationType } from '../../vocabulary';
import type { EntityType } from '../types';

export interface RelationKind {
  type: RelationType;
  source: EntityType;
  target: EntityType;
}

/** The kinds CoNLL04 annotates, in the graph's vocabulary (docs/extraction.md). */
export const KINDS: readonly RelationKind[] = [
  { type: 'WORKS_FOR', source: 'Person', target: 'Organization' },
  { type: 'LIVES_IN', source: 'Person', target: 'Place' },
  { type: 'BASED_IN', source: 'Organization', target: 'Place' },
  { type: 'LOCATED_IN', source: 'Place', target: 'Place' },
  { type: 'KILLED', source: 'Person', target: 'Person' },
];

export const NONE = 'NONE';
export const CLASSES: readonly string[] = [NONE, ...KINDS.flatMap((k) => [`${k.type}>`, `${k.type}<`])];

export interface Decision {
  kind: RelationKind;
  /** true: the second mention of the pair is the source */
  reversed: boolean;
}

/** The class a decision is, by name. */
export const classOf = (type: RelationType, reversed: boolean): number =>
  CLASSES.indexOf(`${type}${reversed ? '<' : '>'}`);

/** Class index -> decision (null for NONE). */
export function decision(c: number): Decision | null {
  if (c <= 0) return null;
  return { kind: KINDS[(c - 1) >> 1]!, reversed: (c - 1) % 2 === 1 };
}

const cache = new Map<string, number[]>();

/** The classes whose argument types fit a pair typed (a, b), NONE first. */
export function allowedClasses(a: EntityType, b: EntityType): number[] {
  const key = `${a}|${b}`;
  let out = cache.get(key);
  if (!out) {
    out = [0];
    KINDS.forEach((k, i) => {
      if (k.source === a && k.target === b) out!.push(1 + 2 * i);
      if (k.source === b && k.target === a) out!.push(2 + 2 * i);
    });
    cache.set(key, out);
  }
  return out;
}
