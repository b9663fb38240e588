import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { Context } from '../context/createContext.js';
import type { RequestScope } from '../neo4j/requestScope.js';
import { semaphore } from '../concurrency/semaphore.js';

export interface AdmissionOptions {
  /** expensive operations that may run at once; the others wait their turn, within their deadline */
  maxExpensive: number;
  /** an operation whose cost (see queryLimits) reaches this is expensive */
  expensiveCost: number;
  /** the request being served: a wait for a turn counts against its deadline */
  scope: () => RequestScope | undefined;
}

// root fields that walk the graph rather than read a page: expensive whatever their cost estimate
const TRAVERSALS = new Set(['neighbourhood', 'coAttendanceNetwork', 'shortestPath', 'allShortestPaths', 'centralityRanking', 'sloganDiffusion']);

/**
 * Admission control: at most `maxExpensive` expensive operations run at once, so a burst of graph
 * walks cannot take all of Neo4j's memory and CPU; cheap operations never wait for a turn. An
 * expensive operation that cannot get one before its deadline is refused with
 * QUERY_TOO_EXPENSIVE (HTTP 503, Retry-After) before any Cypher runs. A factory, like Apollo's plugins.
 */
export function admissionPlugin({ maxExpensive, expensiveCost, scope }: AdmissionOptions): ApolloServerPlugin<Context> {
  const turns = semaphore(maxExpensive);
  return {
    async requestDidStart() {
      let holding = false;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation || !isExpensive(operation, contextValue.cost ?? 0, expensiveCost)) return;
          const request = scope();
          const left = request ? request.deadline - Date.now() : 10_000;
          holding = left > 0 && (await turns.acquire(left));
          if (!holding) {
            const message = `The server is already running ${maxExpensive} expensive operations (graph walks, or a cost of ${expensiveCost} or more); retry in a few seconds, or ask for less`;
            throw new GraphQLError(message, {
              originalError: new DomainError(ErrorCode.QueryTooExpensive, message, { maxExpensive }),
              extensions: { http: { status: 503, headers: new Map([['retry-after', '2']]) } },
            });
          }
        },
        async willSendResponse() {
          if (holding) turns.release();
          holding = false;
        },
      };
    },
  };
}

function isExpensive(operation: OperationDefinitionNode, cost: number, expensiveCost: number): boolean {
  if (cost >= expensiveCost) return true;
  return operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && TRAVERSALS.has(selection.name.value));
}
