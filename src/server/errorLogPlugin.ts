import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/DomainError.js';
import type { Context } from '../context/createContext.js';
import type { RequestScope } from '../neo4j/requestScope.js';

export interface ErrorLog {
  /** a bug: logged once, in full, with the request id the client was given */
  internal(requestId: string, where: string, error: unknown): void;
  /** a client's mistake or a refusal: counted, and summarized at most once a minute */
  client(code: string): void;
}

const SUMMARY_EVERY_MS = 60_000;

/**
 * The service's error log: every internal error once with its stack and request id; client errors
 * (bad input, refusals, timeouts) only as counts per code in a summary line, so a fuzzer or a
 * broken client cannot fill the log with stacks.
 */
export function createErrorLog(log: (line: string) => void, now: () => number = Date.now): ErrorLog {
  let counts = new Map<string, number>();
  let since = now();
  return {
    internal(requestId, where, error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`[${requestId}] internal error in ${where}: ${detail}`);
    },
    client(code) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
      if (now() - since < SUMMARY_EVERY_MS) return;
      log(`client errors in the last ${Math.round((now() - since) / 1000)} s: ${[...counts].map(([c, n]) => `${c}×${n}`).join(', ')}`);
      counts = new Map();
      since = now();
    },
  };
}

/** Feeds a request's GraphQL errors to the error log: internal ones with the request id, the rest as counts. */
export function errorLogPlugin({ errorLog, scope }: { errorLog: ErrorLog; scope: () => RequestScope | undefined }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = codeOf(error);
            if (code === 'INTERNAL_SERVER_ERROR')
              errorLog.internal(
                scope()?.requestId ?? '-',
                `operation ${operationName ?? 'anonymous'} at ${error.path?.join('.') ?? '(root)'}`,
                unwrapResolverError(error),
              );
            else errorLog.client(code);
          }
        },
      };
    },
  };
}

// the code a client will see, as formatError decides it
function codeOf(error: GraphQLError): string {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; depth < 3 && current instanceof GraphQLError; depth++) current = current.originalError;
  if (current instanceof DomainError) return current.code;
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
