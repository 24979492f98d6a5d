import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../../observability';
import type { ApiContext } from '../context';

/** One log line per operation, with the request id; errors at warn level. */
export function loggingPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      const t0 = performance.now();
      return {
        async willSendResponse(ctx) {
          const errors = (ctx.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message }));
          const line = {
            requestId: ctx.contextValue.requestId,
            operation: ctx.operationName ?? null,
            ms: Math.round(performance.now() - t0),
            ...(errors.length ? { errors } : {}),
          };
          if (errors.length) logger.warn(line, 'graphql operation failed');
          else logger.info(line, 'graphql operation');
        },
      };
    },
  };
}
