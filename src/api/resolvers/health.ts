import type { QueryResolvers } from '../generated/resolvers-types';

export const health: QueryResolvers['health'] = async (_p, _a, { graph }) => {
  try {
    return { status: 'ok', neo4jVersion: await graph.serverVersion() };
  } catch {
    return { status: 'degraded: Neo4j unreachable', neo4jVersion: null };
  }
};
