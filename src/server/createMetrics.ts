import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  cypherStatements: Counter<'statement'>;
  operationDuration: Histogram<'operation' | 'type' | 'outcome'>;
}

/**
 * A registry per app rather than prom-client's global one, so two servers in one test process
 * keep separate counts (the N+1 test reads the statement counter of its own server).
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    cypherStatements: new Counter({
      name: 'kg_cypher_statements_total',
      help: 'Cypher statements sent to Neo4j, by catalog name',
      labelNames: ['statement'],
      registers: [registry],
    }),
    operationDuration: new Histogram({
      name: 'kg_graphql_operation_duration_seconds',
      help: 'GraphQL operation duration from request to response',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}
