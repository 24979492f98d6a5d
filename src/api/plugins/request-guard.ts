import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Config } from '../../config';
import { ErrorCode } from '../../errors';
import type { Metrics } from '../../observability';
import type { ApiContext } from '../context';
import { inputProblem } from '../input-limits';
import { RateLimiter } from '../rate-limiter';

/**
 * Once an operation is parsed and valid, and before it runs: the client's rate limit (429 with
 * Retry-After), then the limits on every argument (400 BAD_USER_INPUT naming it). Both answer
 * before any resolver or Neo4j is reached.
 */
export function requestGuardPlugin(config: Config, metrics: Metrics): ApolloServerPlugin<ApiContext> {
  const reads = new RateLimiter({ perSecond: config.RATE_LIMIT_READS_PER_SECOND, burst: config.RATE_LIMIT_READ_BURST });
  const mutations = new RateLimiter({
    perSecond: config.RATE_LIMIT_MUTATIONS_PER_MINUTE / 60,
    burst: config.RATE_LIMIT_MUTATION_BURST,
  });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const { operation } = ctx;
          // no operation to run (an unknown or empty operationName, or several operations and no
          // name): graphql-jit would fail to compile it as a server error; it is the request's mistake
          if (!operation) {
            const name = ctx.request.operationName;
            throw new GraphQLError(
              name != null
                ? `Unknown operation named ${JSON.stringify(name.slice(0, 100))}`
                : 'Must provide operation name if the document contains several operations',
              { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
            );
          }
          const kind = operation.operation === 'mutation' ? 'mutation' : 'read';
          const wait = (kind === 'mutation' ? mutations : reads).take(ctx.contextValue.client);
          if (wait > 0) {
            metrics.rateLimited.inc({ kind });
            const seconds = Math.max(1, Math.ceil(wait));
            throw new GraphQLError(`Too many ${kind}s from this client; retry after ${seconds} s`, {
              extensions: {
                code: ErrorCode.RATE_LIMITED,
                retryAfterSeconds: seconds,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
              },
            });
          }
          const problem = inputProblem(ctx.schema, ctx.document, operation, ctx.request.variables);
          if (problem)
            throw new GraphQLError(problem.message, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, argument: problem.argument, http: { status: 400 } },
            });
        },
      };
    },
  };
}
