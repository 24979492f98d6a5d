/**
 * The relation vocabulary (docs/extraction.md): the only relationship types the extractor emits and
 * the graph stores. re3d kinds map as: belongs to -> PART_OF / MEMBER_OF, in charge of -> IN_CHARGE_OF
 * ("led by") and HOLDS_POSITION (leading titles), co-located -> LOCATED_IN, fighting against ->
 * FIGHTS_AGAINST, military allies of -> ALLIED_WITH, communicated with -> COMMUNICATED_WITH. CoNLL04's
 * kinds map as: Work_For -> WORKS_FOR (HOLDS_POSITION where a title says more), Live_In -> LIVES_IN,
 * OrgBased_In -> BASED_IN, Located_In -> LOCATED_IN, Kill -> KILLED.
 */
export const RELATION_TYPES = [
  'HOLDS_POSITION',
  'IN_CHARGE_OF',
  'WORKS_FOR',
  'LIVES_IN',
  'LOCATED_IN',
  'BASED_IN',
  'PART_OF',
  'MEMBER_OF',
  'CONTROLS',
  'FIGHTS_AGAINST',
  'SUPPORTS',
  'ALLIED_WITH',
  'COMMUNICATED_WITH',
  'OCCURRED_IN',
  'PARTICIPATED_IN',
  'KILLED',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * The fact types as a Cypher relationship-type alternation, for `-[r:${FACT_TYPE_PATTERN}]-` (types
 * cannot be parameters). A traversal over fact edges names them so Neo4j never walks the far more
 * numerous MENTIONS and HAS_ENTITY edges of an entity, nor reads their properties to reject them.
 */
export const FACT_TYPE_PATTERN = RELATION_TYPES.join('|');

const KNOWN = new Set<string>(RELATION_TYPES);
export const isRelationType = (x: string): x is RelationType => KNOWN.has(x);
