/** No credential in logs, error responses or configuration errors. */
import { Writable } from 'node:stream';
import { startServer, type RunningServer } from '../../src/api/server';
import { ConfigError, loadConfig } from '../../src/config';
import { GraphClient } from '../../src/graph/client';
import { createDriver } from '../../src/graph/driver';
import { createLogger } from '../../src/observability/logger';
import { testConfig } from '../helpers/neo4j';
import { gql } from '../helpers/server';

const API_KEY = 'super-secret-api-key-42';

describe('secrets', () => {
  const logs: string[] = [];
  let server: RunningServer;
  let graph: GraphClient;
  const config = testConfig({ API_KEY, LOG_LEVEL: 'debug' });
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    });
    graph = new GraphClient(createDriver(config), config.NEO4J_URI, config.NEO4J_DATABASE, 5000);
    server = await startServer(config, graph, createLogger('debug', sink));
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('keeps the API key and the Neo4j password out of logs and responses', async () => {
    const m = 'mutation { deleteArticle(id: "nope") }';
    const responses = [
      await gql(server.url, m, {}, { 'x-api-key': API_KEY }),
      await gql(server.url, m, {}, { 'x-api-key': 'wrong-key-123' }),
      await gql(server.url, '{ entities(first: 1000) { totalCount } }'),
    ];
    expect(logs.length).toBeGreaterThan(0);
    const everything = logs.join('\n') + JSON.stringify(responses);
    expect(everything).not.toContain(API_KEY);
    expect(everything).not.toContain(config.NEO4J_PASSWORD);
  });

  it('does not echo a wrong secret in a configuration error', () => {
    try {
      loadConfig({ NEO4J_PASSWORD: 'short' }, '/nonexistent/.env');
      throw new Error('should have failed');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/NEO4J_PASSWORD/);
      expect((err as Error).message).not.toContain('short');
    }
  });
});
