import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { configSchema, DEV_API_KEY, DEV_NEO4J_PASSWORD, type Config } from './schema';
import { ErrorCode, NewsgraphError } from '../errors';

const SECRETS = new Set(['NEO4J_PASSWORD', 'API_KEY']);

/** A setting that is missing or wrong: one line naming the variable. */
export class ConfigError extends NewsgraphError {
  constructor(message: string) {
    super(ErrorCode.INVALID_CONFIG, message);
    this.name = 'ConfigError';
  }
}

/**
 * Reads settings from `env` (default: process.env) layered over an optional
 * `.env` file; real environment variables win over the file.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = path.resolve('.env')): Config {
  const fromFile = fs.existsSync(envFile) ? dotenv.parse(fs.readFileSync(envFile)) : {};
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const key of Object.keys(configSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') merged[key] = v;
  }
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.join('.');
    // never echo a secret back, not even a wrong one
    const got = SECRETS.has(name) ? '[redacted]' : JSON.stringify(merged[name] ?? null);
    throw new ConfigError(`Invalid setting ${name}: ${issue.message} (got ${got})`);
  }
  const config = parsed.data;
  if (config.NODE_ENV === 'production') {
    if (config.NEO4J_PASSWORD === DEV_NEO4J_PASSWORD)
      throw new ConfigError('Invalid setting NEO4J_PASSWORD: the development default is refused in production');
    if (config.API_KEY === DEV_API_KEY)
      throw new ConfigError('Invalid setting API_KEY: the development default is refused in production');
  }
  return config;
}

/** True when the user chose a Neo4j (env or .env); otherwise we may manage one. */
export function neo4jConfigured(env: NodeJS.ProcessEnv = process.env, envFile = path.resolve('.env')): boolean {
  if (env.NEO4J_URI) return true;
  return fs.existsSync(envFile) && Boolean(dotenv.parse(fs.readFileSync(envFile)).NEO4J_URI);
}
