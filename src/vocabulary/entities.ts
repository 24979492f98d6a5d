/**
 * The kinds of entity the graph holds. Each is a Neo4j label beside `Entity`; the extractor's
 * entity types are the same words, so one list serves both.
 */
export const ENTITY_LABELS = ['Person', 'Organization', 'Place', 'Event'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const isEntityLabel = (x: string): x is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(x);

/** The labels as a Cypher list literal, for `[l IN labels(n) WHERE l IN ...]` (labels cannot be parameters). */
export const ENTITY_LABEL_LIST = `[${ENTITY_LABELS.map((l) => `'${l}'`).join(', ')}]`;

/** The labels as a label expression, for `FOR (n:Person|Organization|...)` in index definitions. */
export const ENTITY_LABEL_UNION = ENTITY_LABELS.join('|');
