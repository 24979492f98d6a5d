/**
 * fast-check fuzzing of the real server with documents derived from the API's documented operations:
 * no request makes a 5xx, every error carries a client code, the server keeps answering and the
 * graph is unchanged. Seeded and bounded; `npm run test:soak` runs a longer, mixed load.
 */
import path from 'node:path';
import fc from 'fast-check';
import { ingestPaths } from '../../../src/ingest';
import { CLIENT_CODES, hostileRequests, type HostileRequest } from '../../../scripts/lib/hostile-requests';
import { EXAMPLES } from '../../docs/api-examples';
import { checksum, wipe } from '../../helpers/neo4j';
import { gql, useServer } from '../../helpers/server';

const RUNS = 400;

describe('fuzzing the HTTP API', () => {
  const app = useServer({ RATE_LIMIT_READS_PER_SECOND: '0', RATE_LIMIT_MUTATIONS_PER_MINUTE: '0' });
  beforeAll(async () => {
    await wipe(app().graph);
    await ingestPaths(app().graph, [path.resolve(__dirname, '../../../seeds')]);
  });

  it(`answers ${RUNS} hostile requests with typed 4xx errors, never a 5xx, and changes nothing`, async () => {
    const before = await checksum(app().graph);
    const seen = new Map<string, number>();
    const send = async (r: HostileRequest) => {
      const res = await fetch(app().server.url, { method: 'POST', headers: r.headers, body: r.body });
      const text = await res.text();
      seen.set(r.kind, (seen.get(r.kind) ?? 0) + 1);
      expect({ kind: r.kind, body: r.body.slice(0, 200), status: res.status < 500 }).toEqual({
        kind: r.kind,
        body: r.body.slice(0, 200),
        status: true,
      });
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      for (const e of body.errors ?? []) {
        const code = e.extensions?.code ?? 'NONE';
        if (!CLIENT_CODES.has(code)) throw new Error(`${r.kind}: ${code} for ${r.body.slice(0, 200)}`);
      }
    };
    await fc.assert(fc.asyncProperty(hostileRequests(EXAMPLES.map((e) => e.query)), send), {
      seed: 20261202,
      numRuns: RUNS,
    });
    expect(seen.size).toBeGreaterThanOrEqual(10);
    expect((await gql(app().server.url, '{ health { status } }')).data.health.status).toBe('ok');
    expect(await checksum(app().graph)).toBe(before);
  });
});
