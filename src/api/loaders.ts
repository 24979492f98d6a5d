import type { GraphClient } from '../graph/client';

/** Per-request DataLoaders: one Cypher per level of a nested query, not one per parent. */
export function createLoaders(_graph: GraphClient) {
  return {};
}
export type Loaders = ReturnType<typeof createLoaders>;
