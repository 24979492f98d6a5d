import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one server; a registry per server so tests don't collide. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'newsgraph_graphql_requests_total',
      help: 'GraphQL requests by operation',
      labelNames: ['operation'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'newsgraph_graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'newsgraph_graphql_errors_total',
      help: 'GraphQL errors by code',
      labelNames: ['code'],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'newsgraph_rate_limited_total',
      help: 'Requests refused with 429 by the per-client rate limits, by operation kind',
      labelNames: ['kind'],
      registers: [registry],
    }),
    neo4jLatency: new Histogram({
      name: 'newsgraph_neo4j_query_duration_seconds',
      help: 'Neo4j query latency by access mode',
      labelNames: ['mode'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers: [registry],
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
