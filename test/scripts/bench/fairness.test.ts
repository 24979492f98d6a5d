import { normalise } from '../../../scripts/bench/fairness';

describe('the bench fairness check', () => {
  const ev = ['Sentence 1 of syn-a3.', 'Sentence 4 of syn-a9.'];
  const newsgraph = (evidence: string[], otherName = 'Berg Bank 2') => ({
    data: {
      entity: {
        id: 'person:syn-0',
        name: 'Anna Adler 0',
        relationships: {
          edges: [
            {
              node: {
                type: 'HOLDS_POSITION',
                direction: 'OUTGOING',
                confidence: 0.71,
                other: { id: 'organization:syn-8', name: otherName },
                evidence: evidence.map((text) => ({ sentence: { text } })),
              },
            },
          ],
        },
      },
    },
  });
  const facts = [
    {
      type: 'HOLDS_POSITION',
      direction: 'OUTGOING',
      confidence: 0.71,
      otherId: 'organization:syn-8',
      otherName: 'Berg Bank 2',
      evidence: [...ev].reverse(),
    },
  ];

  it('finds the same facts in the three systems answer shapes equal', () => {
    const ng = normalise('newsgraph', 'entity', newsgraph(ev));
    expect(
      normalise('neo4j-graphql', 'entity', {
        data: { entities: [{ id: 'person:syn-0', name: 'Anna Adler 0', facts }] },
      }),
    ).toEqual(ng);
    expect(normalise('raw-driver', 'entity', { data: [{ id: 'person:syn-0', name: 'Anna Adler 0', facts }] })).toEqual(
      ng,
    );
  });

  it('tells answers apart that carry different facts or errors', () => {
    const ng = normalise('newsgraph', 'entity', newsgraph(ev));
    expect(normalise('newsgraph', 'entity', newsgraph(ev.slice(1)))).not.toEqual(ng);
    expect(normalise('newsgraph', 'entity', newsgraph(ev, 'Berg Bank 3'))).not.toEqual(ng);
    expect(normalise('newsgraph', 'entity', { errors: [{ message: 'boom' }] })).not.toEqual(ng);
  });

  it('compares shortest paths by length, and search hits above a tie at the cut', () => {
    const path = (mid: string) => ({ length: 2, nodes: [{ id: 'a' }, { id: mid }, { id: 'b' }] });
    expect(normalise('newsgraph', 'shortest-path', { data: { shortestPath: path('x') } })).toEqual(
      normalise('raw-driver', 'shortest-path', { data: [{ path: path('y') }] }),
    );
    const hit = (id: string, score: number) => ({ score, entity: { id, name: id } });
    const a = normalise('newsgraph', 'search', { data: { search: [hit('p1', 3), hit('p2', 1), hit('p3', 1)] } });
    const b = normalise('newsgraph', 'search', { data: { search: [hit('p1', 3), hit('p4', 1), hit('p2', 1)] } });
    const c = normalise('newsgraph', 'search', { data: { search: [hit('p5', 3), hit('p2', 1), hit('p3', 1)] } });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});
