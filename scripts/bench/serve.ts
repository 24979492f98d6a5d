/**
 * One system under benchmark, in its own process, compiled: `node dist/scripts/bench/serve.js newsgraph|neo4j-graphql|raw-driver PORT`
 * Prints `READY <port>` when it accepts requests. NEO4J_URI / NEO4J_PASSWORD point at the bench Neo4j.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createApp } from '../../src/app';
import { childEnv, loadConfig } from '../../src/config';
import { rawQueries } from './baseline-queries';
import { createDriver, openGraph } from '../../src/graph';
import { ingestText } from '../../src/ingest';
import { createLogger } from '../../src/observability';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-typedefs';

const [system, portArg] = process.argv.slice(2);
const port = Number(portArg);
// one load generator is one client: its buckets are set far above any rate the bench reaches, so the
// limiter's cost is measured but it never refuses
const config = loadConfig(
  childEnv({
    PORT: String(port),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_READS_PER_SECOND: '1000000',
    RATE_LIMIT_READ_BURST: '1000000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '60000000',
    RATE_LIMIT_MUTATION_BURST: '1000000',
  }),
);

async function main(): Promise<void> {
  if (system === 'newsgraph') {
    await createApp(config, createLogger('silent'));
  } else if (system === 'neo4j-graphql') {
    const driver = createDriver(config);
    const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver }).getSchema();
    await startStandaloneServer(new ApolloServer({ schema }), { listen: { port, host: '127.0.0.1' } });
  } else if (system === 'raw-driver') {
    const { graph } = await openGraph(config);
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', async () => {
        try {
          const { scenario, args } = JSON.parse(body) as { scenario: string; args: any[] };
          let out: unknown;
          if (scenario === 'ingest') {
            out = await ingestText(graph, { source: args[1], text: args[0], meta: { url: args[1] } });
          } else {
            const build = rawQueries[scenario as keyof typeof rawQueries] as (...a: any[]) => never;
            out = await graph.read(build(...args));
          }
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: out }));
        } catch (err) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [String(err)] }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  } else {
    throw new Error(`unknown system ${system}`);
  }
  process.stdout.write(`READY ${port}\n`);
}

// a clean exit on SIGTERM, so `node --cpu-prof` writes its profile
process.on('SIGTERM', () => process.exit(0));

main().catch((err: Error) => {
  process.stderr.write(`serve ${system}: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
