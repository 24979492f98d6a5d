import { loadConfig } from '../../src/config';
import { BENCH_INSTANCE, DEV_INSTANCE, TEST_INSTANCE, type InstanceOptions } from './managed-neo4j';

/** The managed instance's options, its password taken from the validated config. */
export function managedInstance(kind: 'dev' | 'test' | 'bench' = 'dev'): InstanceOptions {
  const config = loadConfig();
  const base = kind === 'test' ? TEST_INSTANCE : kind === 'bench' ? BENCH_INSTANCE : DEV_INSTANCE;
  return { ...base, user: 'neo4j', password: config.NEO4J_PASSWORD };
}
