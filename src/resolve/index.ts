/**
 * Entity resolution across articles: name keys of each article's entities, the pure resolution of
 * a set of articles, and an extraction rewritten to the graph's entities. No Cypher here: the graph
 * layer (src/graph/write) reads and writes what these functions need.
 */
export { applyResolution } from './apply';
export { keysOf, localsOf, nameKeys, resolvable, RESOLVED_TYPES, roleOf, type Local } from './keys';
export { resolveAcross, YEARS_APART, type ArticleLocals, type GlobalEntity, type Resolution } from './resolve-across';
export { keyOfId, linkedKeys, type Override } from './overrides';
