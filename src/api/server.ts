import crypto from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import pLimit from 'p-limit';
import type { Config } from '../config';
import type { GraphClient } from '../graph';
import { type Logger, createMetrics } from '../observability';
import { buildContext, type ApiContext } from './context';
import { explorerHandler } from './explorer-route';
import { createFormatError } from './format-error';
import { graphqlHandler, sendJson } from './graphql-http';
import { jitGateway } from './jit-executor';
import { loggingPlugin } from './plugins/logging';
import { metricsPlugin } from './plugins/metrics';
import { requestGuardPlugin } from './plugins/request-guard';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface RunningServer {
  url: string;
  port: number;
  /**
   * /readyz answers 503 with `reason` until `work` settles: the server listens (Sandbox opens) while
   * start-up work such as ingesting the seeds goes on, but a client polling readiness waits for it.
   */
  notReadyWhile(reason: string, work: Promise<unknown>): void;
  close(): Promise<void>;
}

/**
 * Limits on every operation: graphql-armor validation rules. Depth 12 and a depth factor of 1.2 let a
 * client list an article's people with their positions and evidence (connections double the depth);
 * `first` is capped at 100 per list by the resolvers, which bounds the rows a query can ask for.
 */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.2 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // the token limit is graphql-js's own parse option (PARSE_OPTIONS): armor's version re-parses in a
    // plugin hook, where any syntax error became an HTTP 500
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** graphql-js stops lexing a document past this many tokens: a parse failure (400), not a crash. */
export const PARSE_OPTIONS = { maxTokens: 2000 };

/**
 * Builds and starts Apollo Server on node:http at config.HOST:config.PORT (PORT 0 = any free port),
 * with /explore, /metrics, /healthz and /readyz beside /graphql.
 */
export async function startServer(config: Config, graph: GraphClient, logger: Logger): Promise<RunningServer> {
  const production = config.NODE_ENV === 'production';
  const metrics = createMetrics();
  graph.observe((_q, ms, mode) => metrics.neo4jLatency.observe({ mode }, ms / 1000));
  const httpServer = http.createServer();
  const protection = armor();
  // ingestion is CPU-bound extraction plus a write transaction: a burst of 32 at once only holds 32
  // documents in memory and contends for the same nodes' locks; a short queue is as fast and smaller
  const ingestQueue = pLimit(config.INGEST_CONCURRENCY);
  const apollo = new ApolloServer<ApiContext>({
    // Apollo's pipeline with graphql-jit as the executor (see jit-executor.ts)
    gateway: jitGateway(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers })),
    introspection: config.INTROSPECTION ?? true,
    csrfPrevention: true,
    // the process owner (scripts/start.ts) stops the server on signals, after which it stops Neo4j
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError(production),
    validationRules: protection.validationRules,
    parseOptions: PARSE_OPTIONS,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // no resolver sets cache hints; the default plugin would still wrap every field resolver
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      requestGuardPlugin(config, metrics),
      metricsPlugin(metrics),
      loggingPlugin(logger),
    ],
  });
  await apollo.start();

  const pending = new Set<string>();
  const readiness = async (res: http.ServerResponse) => {
    if (pending.size > 0) {
      sendJson(res, 503, { status: 'not ready', reason: [...pending].join(', ') });
      return;
    }
    try {
      sendJson(res, 200, { status: 'ready', neo4jVersion: await graph.serverVersion() });
    } catch (err) {
      sendJson(res, 503, { status: 'not ready', error: (err as Error).message });
    }
  };
  const explore = explorerHandler();
  const origins = config.CORS_ORIGINS === '*' ? true : config.CORS_ORIGINS.split(',').map((s) => s.trim());
  const corsHeaders = cors({ origin: origins });
  const graphql = graphqlHandler(apollo, async (req) =>
    buildContext(
      graph,
      config,
      (req.headers['x-request-id'] as string | undefined) ?? crypto.randomUUID(),
      req.headers['x-api-key'] as string | undefined,
      ingestQueue,
      req.socket.remoteAddress,
    ),
  );
  const serveGraphql = (req: http.IncomingMessage, res: http.ServerResponse, search: string) => {
    // CORS headers matter only to browsers, which send Origin on every cross-origin request
    if (!req.headers.origin) return void graphql(req, res, search);
    corsHeaders(req, res, () => void graphql(req, res, search));
  };
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q < 0 ? url : url.slice(0, q);
    const search = q < 0 ? '' : url.slice(q);
    if (pathname === '/graphql') return serveGraphql(req, res, search);
    const read = req.method === 'GET' || req.method === 'HEAD';
    if (read && pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (read && pathname === '/readyz') return void readiness(res);
    if (read && pathname === '/metrics') {
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        () =>
          sendJson(res, 500, {
            errors: [{ message: 'metrics unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          }),
      );
      return;
    }
    if (read && (pathname === '/explore' || pathname.startsWith('/explore/')) && explore(pathname.slice(8), res))
      return;
    sendJson(res, 404, {
      errors: [{ message: `Nothing at ${req.method} ${pathname}`, extensions: { code: 'NOT_FOUND' } }],
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    notReadyWhile: (reason, work) => {
      pending.add(reason);
      const done = () => pending.delete(reason);
      work.then(done, done);
    },
    close: async () => {
      await apollo.stop();
    },
  };
}
