import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { DatabaseUnavailableError } from './errors';

export type { Driver };

/** How long a failing transaction is retried: fail fast when Neo4j is down, not after the driver's default 30 s. */
export const RETRY_WITHIN_MS = 3000;

/** One driver per process; the pool is shared by every request. */
export function createDriver(config: Config): Driver {
  return neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    maxConnectionPoolSize: config.NEO4J_POOL_SIZE,
    connectionTimeout: config.NEO4J_CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: config.NEO4J_CONNECT_TIMEOUT_MS,
    disableLosslessIntegers: true,
    maxTransactionRetryTime: RETRY_WITHIN_MS,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Resolves with the server's version or throws DatabaseUnavailableError naming the URI. */
export async function neo4jVersion(driver: Driver, uri: string): Promise<string> {
  try {
    const info = await driver.getServerInfo();
    return info.agent?.replace(/^Neo4j\//, '') ?? 'unknown';
  } catch (err) {
    throw new DatabaseUnavailableError(uri, err);
  }
}

/** Neo4j's version once Bolt at `uri` answers with these credentials, else null (a start-up probe). */
export async function probeVersion(uri: string, user: string, password: string): Promise<string | null> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
  try {
    return await neo4jVersion(driver, uri);
  } catch {
    return null;
  } finally {
    await driver.close();
  }
}
