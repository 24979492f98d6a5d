/**
 * The graph layer's public face: the Neo4j model, the client that runs Cypher (the driver stays
 * inside), the read queries and reader, the writer of extracted articles, and the graph checks.
 */
export { checkGraph, CHECKS, type CheckResult } from './check';
export { GraphClient, type QueryObserver } from './client';
export { cypher, type CypherQuery } from './cypher';
export { DatabaseTimeoutError, DatabaseUnavailableError, isTimeout, isUnavailable } from './errors';
/** A raw driver, only for the benchmark's peer (@neo4j/graphql needs one of its own); probeVersion for start-up. */
export { createDriver, probeVersion } from './driver';
export type * from './models';
export { openGraph } from './open';
export {
  ALL_SUBGRAPH_FIELDS,
  countsByLabel,
  eventsPage,
  searchEntities,
  type EventFilter,
  type PageArgs,
  type SubgraphFields,
} from './read/queries';
export * from './read/export-queries';
export { GraphReader, type EntityWithFacts } from './read/reader';
export { cypherValue, plain, show, type Plain } from './values';
export * from './write';
