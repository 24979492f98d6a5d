/**
 * Operators' corrections of resolution, kept in the graph's resolution log and applied by every
 * later resolution: a merge makes one entity of two, a split takes the articles that name an entity
 * by one of its aliases off it. Keys are `<Type>|<primary>` (`Person|ronald-reagan`), the same an
 * entity id `person:ronald-reagan` is built from.
 */
export interface Override {
  id: string;
  kind: 'merge' | 'split';
  /** merge: the entity merged away; split: the entity split */
  from: string;
  /** merge: the entity it joins */
  into: string | null;
  /** split: the name whose articles leave the entity */
  alias: string | null;
}

const TYPES: Record<string, string> = { person: 'Person', organization: 'Organization' };

/** `person:ronald-reagan` -> `Person|ronald-reagan`; null for ids that resolution does not build. */
export function keyOfId(id: string): string | null {
  const at = id.indexOf(':');
  const type = TYPES[id.slice(0, at)];
  return type && at > 0 ? `${type}|${id.slice(at + 1)}` : null;
}

/** The keys each override ties together, both ways: a component that has one must have the other. */
export function linkedKeys(overrides: Override[]): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => links.set(a, [...(links.get(a) ?? []), b]);
  for (const o of overrides)
    if (o.kind === 'merge' && o.into) {
      link(o.from, o.into);
      link(o.into, o.from);
    }
  return links;
}
