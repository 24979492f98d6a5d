import type { GraphClient } from './client';
import { SCHEMA_STATEMENTS } from './constraints';
import { migrateForms } from './write/migrate-forms';

/** Creates constraints and indexes (idempotent), waits until they are online, and brings an older graph's data up to the model. */
export async function ensureGraphSchema(graph: GraphClient): Promise<void> {
  for (const q of SCHEMA_STATEMENTS) await graph.write(q);
  await graph.write({ text: 'CALL db.awaitIndexes(60)', params: {} });
  await migrateForms(graph);
}
