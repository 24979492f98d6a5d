/** The benchmark's synthetic graph is shaped like the real one: it passes the graph's own invariants. */
import { pickBusyPlace, pickHub, rawQueries } from '../../../scripts/bench/baseline-queries';
import { labelOf, shapeFor, syntheticGraph } from '../../../scripts/bench/synthetic';
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

  it('loads into Neo4j with evidence on every fact, a heavy-tailed hub, and answers the baseline queries', async () => {
    for (const q of syntheticGraph(shapeFor(2000))) await graph().write(q);
    const failing = (await checkGraph(graph())).filter((c) => c.violations > 0);
    expect(failing).toEqual([]);
    const [hub] = await graph().read<{ id: string; degree: number }>(pickHub());
    expect(hub!.degree).toBeGreaterThanOrEqual(20);
    const [place] = await graph().read<{ id: string }>(pickBusyPlace());
    expect(place).toBeDefined();
    const [entity] = await graph().read<{ facts: { evidence: string[] }[] }>(rawQueries.entity(hub!.id));
    expect(entity!.facts).toHaveLength(20);
    expect(entity!.facts.every((f) => f.evidence.length > 0)).toBe(true);
  });
});
