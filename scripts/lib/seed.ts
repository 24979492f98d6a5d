import { type GraphClient, cypher } from '../../src/graph';
import { ingestPaths } from '../../src/ingest';
import type { Logger } from '../../src/observability';

/** `npm start` on an empty graph: ingest the seed articles so there is something to explore. */
export async function ingestSeedsIfEmpty(graph: GraphClient, dir: string, logger: Logger): Promise<void> {
  const [row] = await graph.read<{ n: number }>(cypher('MATCH (a:Article) RETURN count(a) AS n'));
  if ((row?.n ?? 0) > 0) return;
  const summary = await ingestPaths(graph, [dir]);
  logger.info({ summary }, 'seeds ingested');
  console.log(
    `Ingested ${summary.created} seed article(s) from ${dir}/ (${summary.entities} entities, ${summary.relations} relations)`,
  );
}
