import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context/createContext.js';
import type { Metrics } from './createMetrics.js';

// a client names its operations: keep label values short so a careless client cannot bloat /metrics
const MAX_NAME = 64;
const MAX_NAMES = 100;

/**
 * Observes `kg_graphql_operation_duration_seconds` for every GraphQL request, labelled with the
 * operation's name and type and whether it answered with errors; a factory returning lifecycle
 * hooks, like Apollo's own plugins.
 */
export function metricsPlugin({ metrics, maxNames = MAX_NAMES }: { metrics: Metrics; maxNames?: number }): ApolloServerPlugin<Context> {
  // the first operation names seen get series of their own; every name after that counts as "other",
  // so a client inventing names cannot grow /metrics (and memory) without bound
  const named = new Set<string>();
  const label = (operationName: string | null | undefined) => {
    const name = (operationName ?? 'anonymous').slice(0, MAX_NAME);
    if (named.has(name)) return name;
    if (named.size >= maxNames) return 'other';
    named.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stop = metrics.operationDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          stop({
            operation: label(operationName),
            type: operation?.operation ?? 'unknown',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
