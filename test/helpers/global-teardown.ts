import { managedInstance } from '../../scripts/lib/instance-from-config';
import { stop } from '../../scripts/lib/managed-neo4j';

export default async function globalTeardown(): Promise<void> {
  if (process.env.NEWSGRAPH_TEST_STARTED_NEO4J === '1') await stop(managedInstance('test'));
}
