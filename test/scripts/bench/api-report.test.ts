import type { ApiBenchReport, ApiResult } from '../../../scripts/bench/api-bench';
import { apiReport } from '../../../scripts/bench/api-report';

const result = (system: ApiResult['system'], rps: number, p99Ms: number): ApiResult => ({
  scenario: 'entity',
  system,
  concurrency: 32,
  entities: 10000,
  requests: rps * 6,
  rps,
  p50Ms: 1,
  p95Ms: 2,
  p99Ms,
  errors: 0,
});

describe('apiReport', () => {
  const report: ApiBenchReport = {
    results: [result('newsgraph', 600, 100), result('neo4j-graphql', 400, 120), result('raw-driver', 1000, 50)],
    cpu: [
      { scenario: 'entity', system: 'newsgraph', concurrency: 32, entities: 10000, serverMs: 1.5, neo4jMs: 0.8 },
      { scenario: 'entity', system: 'raw-driver', concurrency: 32, entities: 10000, serverMs: 0.5, neo4jMs: 0.6 },
    ],
    loads: [{ entities: 10000, seconds: 8, nodes: 15500, relationships: 104251 }],
    maxRssMb: { newsgraph: 250, 'neo4j-graphql': 240, 'raw-driver': 200 },
    peakRssAt: { newsgraph: '10,000 subgraph', 'neo4j-graphql': '10,000 search', 'raw-driver': '10,000 ingest' },
    fairness: [{ entities: 10000, scenario: 'entity', compared: 25 }],
    options: { sizes: [10000], concurrencies: [32], seconds: 6, repetitions: 2 },
  };
  const md = apiReport(report, false);

  it('gives newsgraph throughput over @neo4j/graphql and p99 over the raw floor', () => {
    expect(md).toMatch(/\| entity \| 10,000 \| 32 \| 600 \|.*\*\*1\.50\*\* \| \*\*2\.00\*\* \| 0 \|/);
  });

  it('splits each system CPU per request into its own and Neo4j, a dash where not measured', () => {
    expect(md).toContain('| entity | 10,000 | 1.5 / 0.8 | — | 0.5 / 0.6 |');
  });
});
