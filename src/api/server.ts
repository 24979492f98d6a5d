import crypto from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express from 'express';
import pLimit from 'p-limit';
import type { Config } from '../config';
import type { GraphClient } from '../graph';
import { type Logger, createMetrics } from '../observability';
import { buildContext, type ApiContext } from './context';
import { explorerRouter } from './explorer-route';
import { createFormatError } from './format-error';
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

/** Builds and starts Express + Apollo Server on config.HOST:config.PORT (PORT 0 = any free port). */
export async function startServer(config: Config, graph: GraphClient, logger: Logger): Promise<RunningServer> {
  const production = config.NODE_ENV === 'production';
  const metrics = createMetrics();
  graph.observe((_q, ms, mode) => metrics.neo4jLatency.observe({ mode }, ms / 1000));
  const app = express();
  // GraphQL answers POSTs; hashing every body for an ETag nobody revalidates is wasted CPU
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
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

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const pending = new Set<string>();
  app.get('/readyz', async (_req, res) => {
    if (pending.size > 0) {
      res.status(503).json({ status: 'not ready', reason: [...pending].join(', ') });
      return;
    }
    try {
      res.json({ status: 'ready', neo4jVersion: await graph.serverVersion() });
    } catch (err) {
      res.status(503).json({ status: 'not ready', error: (err as Error).message });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use('/explore', explorerRouter());
  const origins = config.CORS_ORIGINS === '*' ? true : config.CORS_ORIGINS.split(',').map((s) => s.trim());
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: origins }),
    express.json({ limit: '25mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers['x-request-id'] as string | undefined) ?? crypto.randomUUID();
        return buildContext(
          graph,
          config,
          requestId,
          req.headers['x-api-key'] as string | undefined,
          ingestQueue,
          req.socket.remoteAddress,
        );
      },
    }),
  );

  // a body express.json cannot read (not JSON, too large): a GraphQL-shaped 4xx, not an HTML page
  app.use(
    (
      err: { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (res.headersSent) return next(err);
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      const message =
        err.type === 'entity.too.large'
          ? 'The request body is too large'
          : status < 500
            ? 'The request body is not valid JSON'
            : 'Internal server error';
      res
        .status(status)
        .json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
    },
  );
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
