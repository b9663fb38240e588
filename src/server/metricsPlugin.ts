import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './createContext.js';
import type { Metrics } from './createMetrics.js';

// a client names its operations: keep label values short so a careless client cannot bloat /metrics
const MAX_NAME = 64;

/**
 * Observes `kg_graphql_operation_duration_seconds` for every GraphQL request, labelled with the
 * operation's name and type and whether it answered with errors; a factory returning lifecycle
 * hooks, like Apollo's own plugins.
 */
export function metricsPlugin({ metrics }: { metrics: Metrics }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const stop = metrics.operationDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          stop({
            operation: (operationName ?? 'anonymous').slice(0, MAX_NAME),
            type: operation?.operation ?? 'unknown',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
