import { ConfigError, loadConfig } from '../../src/config';

const noFile = '/nonexistent/.env';

describe('loadConfig', () => {
  it('gives working defaults for a newcomer', () => {
    const c = loadConfig({}, noFile);
    expect(c.NEO4J_URI).toBe('bolt://127.0.0.1:7687');
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_DATABASE).toBe('neo4j');
  });

  it('accepts routing URIs for clusters and Aura', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }, noFile).NEO4J_URI).toMatch(/^neo4j\+s/);
  });

  it('names the variable when a setting is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, noFile)).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' }, noFile)).toThrow(/^Invalid setting PORT:/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' }, noFile)).toThrow(/NEO4J_URI/);
  });

  it('refuses development secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, noFile)).toThrow(/NEO4J_PASSWORD/);
    expect(() => loadConfig({ NODE_ENV: 'production', NEO4J_PASSWORD: 's3cret-long-one' }, noFile)).toThrow(/API_KEY/);
  });
});
