/** `npm run check:graph`: the graph's invariants (provenance, no orphans, no duplicates); exit 1 on any violation. */
import { ConfigError } from '../src/config';
import { checkGraph, DatabaseUnavailableError } from '../src/graph';
import { connect } from './lib/connect';

async function main(): Promise<void> {
  const graph = await connect();
  try {
    const results = await checkGraph(graph);
    for (const r of results)
      console.log(`${r.violations === 0 ? 'ok  ' : 'FAIL'} ${r.name}${r.violations ? `: ${r.violations}` : ''}`);
    process.exitCode = results.some((r) => r.violations > 0) ? 1 : 0;
  } finally {
    await graph.close();
  }
}

main().catch((err: unknown) => {
  console.error(
    err instanceof ConfigError || err instanceof DatabaseUnavailableError
      ? err.message
      : `check:graph: ${(err as Error).message}`,
  );
  process.exit(1);
});
