/**
 * Look-ahead into a resolver's selection set, the way @neo4j/graphql plans one query per request:
 * a root resolver that sees what its children will ask for can fetch it all at once and prime the
 * per-request loaders, so the children resolve from cache instead of one round trip per level.
 */
import { type FieldNode, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { ALL_SUBGRAPH_FIELDS, type SubgraphFields } from '../graph';
import type { FactsShown } from './loaders';

/** The sub-fields named `name` of a tree, across its type conditions (interfaces and fragments). */
export function subFields(tree: ResolveTree, name: string): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((f) => f.name === name));
}

/** True when the tree selects the path of field names (e.g. edges.node.evidence.sentence). */
export function selects(tree: ResolveTree, path: string[]): boolean {
  if (path.length === 0) return true;
  return subFields(tree, path[0]!).some((f) => selects(f, path.slice(1)));
}

/** The parsed selection of the field being resolved (fragments and variables resolved, defaults applied). */
export function selectionOf(info: GraphQLResolveInfo): ResolveTree | null {
  const tree = parseResolveInfo(info);
  return tree && 'fieldsByTypeName' in tree ? (tree as ResolveTree) : null;
}

/** The parts of a subgraph a `subgraph { ... }` selection reads (everything, without a selection). */
export function subgraphFields(tree: ResolveTree | null): SubgraphFields {
  if (!tree) return ALL_SUBGRAPH_FIELDS;
  return {
    entities: selects(tree, ['nodes', 'entity']),
    types: selects(tree, ['nodes', 'type']),
    edgeKey: selects(tree, ['edges', 'id']),
    confidence: selects(tree, ['edges', 'confidence']),
    evidence: selects(tree, ['edges', 'evidence']),
    properties: selects(tree, ['edges', 'properties']),
  };
}

/**
 * True when the field being resolved selects the path of field names below it (through fragments
 * too), without parsing the whole selection: this runs for every relationships field of a list.
 */
export function selectsPath(info: GraphQLResolveInfo, path: string[]): boolean {
  const seen = (set: SelectionSetNode | undefined, rest: string[]): boolean =>
    rest.length === 0 ||
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === rest[0] && seen(s.selectionSet, rest.slice(1));
      if (s.kind === Kind.INLINE_FRAGMENT) return seen(s.selectionSet, rest);
      return seen(info.fragments[s.name.value]?.selectionSet, rest);
    });
  return info.fieldNodes.some((f) => seen(f.selectionSet, path));
}

/** An entity's fields that its brief projection (id, name, label) answers. */
const BRIEF_FIELDS = new Set(['id', 'name', 'type', '__typename']);

/** The fields a selection set asks for, through its fragments. */
function fieldsIn(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) =>
    s.kind === Kind.FIELD
      ? [s]
      : fieldsIn(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet, info),
  );
}

/** True when every `edges.node.other` below the field being resolved asks only brief fields. */
function othersBrief(info: GraphQLResolveInfo): boolean {
  let others = info.fieldNodes as readonly FieldNode[];
  for (const name of ['edges', 'node', 'other'])
    others = others.flatMap((f) => fieldsIn(f.selectionSet, info).filter((c) => c.name.value === name));
  return (
    others.length > 0 &&
    others.every((o) => fieldsIn(o.selectionSet, info).every((f) => BRIEF_FIELDS.has(f.name.value)))
  );
}

/** True when a parsed selection of an entity asks only brief fields (and `also`). */
export function briefIn(tree: ResolveTree, also: string[] = []): boolean {
  return Object.values(tree.fieldsByTypeName).every((fields) =>
    Object.values(fields).every((f) => BRIEF_FIELDS.has(f.name) || also.includes(f.name)),
  );
}

/** The same, read from a parsed selection. */
function othersBriefIn(tree: ResolveTree): boolean {
  const others = subFields(tree, 'edges')
    .flatMap((e) => subFields(e, 'node'))
    .flatMap((n) => subFields(n, 'other'));
  return others.length > 0 && others.every((o) => briefIn(o));
}

/**
 * What a relationships field shows: a total (totalCount, or pageInfo's hasNextPage), properties, and
 * whether its other ends are shown briefly.
 */
export const factsShown = (info: GraphQLResolveInfo): FactsShown => ({
  total: selectsPath(info, ['totalCount']) || selectsPath(info, ['pageInfo']),
  properties: selectsPath(info, ['edges', 'node', 'properties']),
  briefOthers: othersBrief(info),
});

/** The same, read from a parsed selection (the look-ahead of a parent field). */
export const factsShownIn = (tree: ResolveTree): FactsShown => ({
  total: selects(tree, ['totalCount']) || selects(tree, ['pageInfo']),
  properties: selects(tree, ['edges', 'node', 'properties']),
  briefOthers: othersBriefIn(tree),
});
