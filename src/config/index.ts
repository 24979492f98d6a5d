export { loadConfig, neo4jConfigured, ConfigError } from './load';
export { configSchema, type Config } from './schema';
export { extractionSettings, type ExtractionSettings } from './extraction';
export { NODE_HEAP_FLAGS } from './node-flags';
export { childEnv, cypherHistoryFile } from './process-env';
