import type { GraphClient } from './client';
import { SCHEMA_STATEMENTS } from './constraints';

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function ensureGraphSchema(graph: GraphClient): Promise<void> {
  for (const q of SCHEMA_STATEMENTS) await graph.write(q);
  await graph.write({ text: 'CALL db.awaitIndexes(60)', params: {} });
}
