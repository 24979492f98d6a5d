export { loadConfig, neo4jConfigured, ConfigError } from './load';
export { configSchema, type Config } from './schema';
