import { cypher } from '../../src/graph/cypher';
import { useCleanGraph } from '../helpers/neo4j';

describe('GraphClient against the real Neo4j', () => {
  const { graph } = useCleanGraph();

  it('writes nodes in one transaction and reads them back', async () => {
    await graph().write(
      cypher('UNWIND $names AS name CREATE (:Probe {name: name})', { names: ['alpha', 'beta', 'gamma'] }),
    );
    const rows = await graph().read<{ name: string }>(cypher('MATCH (p:Probe) RETURN p.name AS name ORDER BY name'));
    expect(rows.map((r) => r.name)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('rolls back every statement of writeAll when one fails', async () => {
    await expect(
      graph().writeAll([cypher("CREATE (:Probe {name: 'delta'})"), cypher('RETURN 1/0 AS boom')]),
    ).rejects.toThrow();
    const rows = await graph().read(cypher("MATCH (p:Probe {name: 'delta'}) RETURN p"));
    expect(rows).toHaveLength(0);
  });

  it('refuses a write in a read transaction', async () => {
    await expect(graph().read(cypher("CREATE (:Probe {name: 'epsilon'})"))).rejects.toThrow(/write|read/i);
  });
});
