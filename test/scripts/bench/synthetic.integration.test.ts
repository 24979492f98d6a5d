/** The benchmark's synthetic graph is shaped like the real one: it passes the graph's own invariants. */
import { rawQueries } from '../../../scripts/bench/baseline-queries';
import { namesOf, placesWithEvents, sampleIndexes, samplePlaces } from '../../../scripts/bench/sample';
import { labelOf, shapeFor, syntheticGraph, syntheticId } from '../../../scripts/bench/synthetic';
import { cypher } from '../../../src/graph';
import { checkGraph } from '../../../src/graph/check';
import { useCleanGraph } from '../../helpers/neo4j';

describe('synthetic benchmark graph', () => {
  const { graph } = useCleanGraph();

  it('is deterministic and carries data only as parameters', () => {
    const a = [...syntheticGraph(shapeFor(500))];
    const b = [...syntheticGraph(shapeFor(500))];
    expect(a).toEqual(b);
    expect(a.every((q) => Array.isArray(q.params.rows))).toBe(true);
    const labels = Array.from({ length: 100 }, (_, i) => labelOf(i));
    expect(labels.filter((l) => l === 'Person')).toHaveLength(40);
    expect(labels.filter((l) => l === 'Event')).toHaveLength(10);
  });

  it('loads into Neo4j with evidence on every fact, hubs and a long tail in the bench sample', async () => {
    for (const q of syntheticGraph(shapeFor(2000))) await graph().write(q);
    const failing = (await checkGraph(graph())).filter((c) => c.violations > 0);
    expect(failing).toEqual([]);
    const indexes = sampleIndexes(2000);
    const sampled = await graph().read<{ id: string; label: string }>(namesOf(indexes.map(syntheticId)));
    expect(sampled).toHaveLength(1000);
    // a hub fills a page of facts; most of the tail has a fact or two
    const degrees = await graph().read<{ id: string; degree: number }>(
      cypher(
        `UNWIND $ids AS id MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)-[r]-(:Entity) WHERE r.articles IS NOT NULL } AS degree ORDER BY degree DESC`,
        { ids: sampled.map((e) => e.id) },
      ),
    );
    expect(degrees[0]!.degree).toBeGreaterThanOrEqual(20);
    expect(degrees.filter((d) => d.degree <= 3).length).toBeGreaterThan(500);
    const [hub] = await graph().read<{ facts: { evidence: string[] }[] }>(rawQueries.entity(degrees[0]!.id));
    expect(hub!.facts).toHaveLength(20);
    expect(hub!.facts.every((f) => f.evidence.length > 0)).toBe(true);
    const places = await graph().read(placesWithEvents(samplePlaces(indexes)));
    expect(places.length).toBeGreaterThan(10);
  });
});
