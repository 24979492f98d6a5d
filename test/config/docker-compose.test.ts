import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';

// docker-compose.yml cannot run here (no Docker engine); this keeps it honest.
const compose = parse(fs.readFileSync(path.resolve(__dirname, '../../docker-compose.yml'), 'utf8'));
const pom = fs.readFileSync(path.resolve(__dirname, '../../scripts/neo4j/pom.xml'), 'utf8');
const defaults = loadConfig({}, '/nonexistent/.env');

describe('docker-compose.yml matches the non-Docker setup', () => {
  it('runs the same Neo4j line as the managed server (5.26 Community)', () => {
    expect(compose.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(pom).toMatch(/<neo4j.version>5\.26\.\d+<\/neo4j.version>/);
  });

  it('has a health check and a named volume for the data', () => {
    expect(compose.services.neo4j.healthcheck.test).toBeDefined();
    expect(compose.services.neo4j.volumes[0]).toMatch(/^neo4j-data:\/data$/);
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('wires the API with the same variables and defaults', () => {
    const env = compose.services.api.environment;
    expect(env.NEO4J_USER).toBe(defaults.NEO4J_USER);
    expect(env.NEO4J_DATABASE).toBe(defaults.NEO4J_DATABASE);
    expect(String(env.PORT)).toBe(String(defaults.PORT));
    expect(env.NEO4J_PASSWORD).toBe(`\${NEO4J_PASSWORD:-${defaults.NEO4J_PASSWORD}}`);
    expect(env.API_KEY).toBe(`\${API_KEY:-${defaults.API_KEY}}`);
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toBe(`neo4j/\${NEO4J_PASSWORD:-${defaults.NEO4J_PASSWORD}}`);
    expect(compose.services.api.depends_on.neo4j.condition).toBe('service_healthy');
  });

  it('publishes Bolt on the default port', () => {
    expect(compose.services.neo4j.ports).toContain('127.0.0.1:7687:7687');
    expect(defaults.NEO4J_URI).toBe('bolt://127.0.0.1:7687');
  });
});
