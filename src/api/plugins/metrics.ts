import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../../observability';
import type { ApiContext } from '../context';

/** Counts requests, latency by operation and errors by code. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      const end = metrics.latency.startTimer();
      return {
        async willSendResponse(ctx) {
          const operation = ctx.operationName ?? 'anonymous';
          metrics.requests.inc({ operation });
          end({ operation });
          for (const e of ctx.errors ?? []) metrics.errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
        },
      };
    },
  };
}
