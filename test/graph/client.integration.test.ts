import { ErrorCode } from '../../src/errors';
import { GraphClient } from '../../src/graph/client';
import { cypher } from '../../src/graph/cypher';
import { createDriver } from '../../src/graph/driver';
import { useCleanGraph } from '../helpers/neo4j';

describe('GraphClient against the real Neo4j', () => {
  const { graph, config } = useCleanGraph();

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

  it('reports a statement Neo4j stopped at the timeout as DATABASE_TIMEOUT, and keeps answering', async () => {
    const hasty = new GraphClient(createDriver(config), config.NEO4J_URI, config.NEO4J_DATABASE, 50);
    try {
      // a count over a hundred million rows takes Neo4j seconds
      const slow = cypher('UNWIND range(1, 100000000) AS x RETURN count(x) AS n');
      const err = await hasty.read(slow).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: ErrorCode.DATABASE_TIMEOUT, message: expect.stringMatching(/within 50 ms/) });
      // a timeout is no outage: the breaker stays closed and the next statement runs
      expect(await hasty.read<{ one: number }>(cypher('RETURN 1 AS one'))).toEqual([{ one: 1 }]);
    } finally {
      await hasty.close();
    }
  });
});
