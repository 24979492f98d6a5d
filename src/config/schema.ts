import { z } from 'zod';

/** Dev-only defaults: refused when NODE_ENV=production (see loadConfig). */
export const DEV_NEO4J_PASSWORD = 'newsgraph-dev';
export const DEV_API_KEY = 'newsgraph-dev-key';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting the app reads, with its default. Env names are the keys. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters').default(DEV_NEO4J_PASSWORD),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  NEO4J_POOL_SIZE: z.coerce.number().int().positive().default(50),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_KEY: z.string().min(8, 'must be at least 8 characters').default(DEV_API_KEY),
  INTROSPECTION: bool.optional(),
  CORS_ORIGINS: z.string().default('*'),
  SEED_DIR: z.string().default('seeds'),
  INGEST_SEEDS: bool.default(true),
  /** ingestArticle mutations run at once per process; the rest wait (bounds memory under a burst) */
  INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /**
   * Token buckets per client (API key, else IP): reads and mutations apart; 0 turns a bucket off.
   * The defaults never trouble Sandbox or /explore (a page view is a handful of reads).
   */
  RATE_LIMIT_READS_PER_SECOND: z.coerce.number().min(0).default(50),
  RATE_LIMIT_READ_BURST: z.coerce.number().int().min(1).default(500),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: z.coerce.number().min(0).default(60),
  RATE_LIMIT_MUTATION_BURST: z.coerce.number().int().min(1).default(30),
});

export type Config = z.infer<typeof configSchema>;
