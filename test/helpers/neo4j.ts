import { loadConfig, type Config } from '../../src/config';
import { GraphClient } from '../../src/graph/client';
import { cypher } from '../../src/graph/cypher';
import { createDriver } from '../../src/graph/driver';
import { ensureGraphSchema } from '../../src/graph/schema-setup';

/** Config pointing at the test Neo4j started by global-setup (or NEO4J_TEST_URI). */
export function testConfig(overrides: Partial<Record<string, string>> = {}): Config {
  return loadConfig(
    {
      NODE_ENV: 'test',
      NEO4J_URI: process.env.NEO4J_TEST_URI,
      NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? process.env.NEO4J_PASSWORD,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...overrides,
    },
    '/nonexistent/.env',
  );
}

/**
 * A graph client on a clean test database: call in a suite's top level; it
 * wipes the database before the suite and closes the driver after it.
 */
export function useCleanGraph(): { graph: () => GraphClient; config: Config } {
  const config = testConfig();
  let graph: GraphClient | undefined;
  beforeAll(async () => {
    graph = new GraphClient(createDriver(config), config.NEO4J_URI, config.NEO4J_DATABASE, 30_000);
    await wipe(graph);
    await ensureGraphSchema(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });
  return {
    config,
    graph: () => {
      if (!graph) throw new Error('graph used outside a test');
      return graph;
    },
  };
}

export async function wipe(graph: GraphClient): Promise<void> {
  await graph.write({ text: 'MATCH (n) DETACH DELETE n', params: {} });
}

/** Counts nodes by label: a cheap checksum of the graph's shape. */
export async function countsByLabel(graph: GraphClient): Promise<Record<string, number>> {
  const rows = await graph.read<{ label: string; n: number }>({
    text: 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    params: {},
  });
  return Object.fromEntries(rows.map((r) => [r.label, r.n]));
}

/** A checksum of the whole graph: every node's and relationship's properties (timestamps and file paths aside). */
export async function checksum(graph: GraphClient): Promise<string> {
  const stable = (v: unknown): string =>
    JSON.stringify(v, (_k, x) =>
      Array.isArray(x) && x.every((y) => typeof y !== 'object')
        ? [...x].sort() // lists of ids and aliases: the order only tells which writer came first
        : x && typeof x === 'object' && !Array.isArray(x)
          ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
          : x,
    );
  const nodes = await graph.read(
    cypher('MATCH (n) RETURN labels(n) AS l, n{.*, ingestedAt: null, createdAt: null, source: null} AS p'),
  );
  const rels = await graph.read(
    cypher('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p'),
  );
  return [...nodes.map(stable).sort(), ...rels.map(stable).sort()].join('\n');
}
