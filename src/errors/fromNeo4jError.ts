import { describeNeo4jError } from './describeNeo4jError.js';
import { DomainError } from './DomainError.js';
import { ErrorCode } from './ErrorCode.js';

// Neo4j's codes as the API meets them, by what a client can do about each
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Cluster.NotALeader',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.StackOverFlowError',
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.ConstraintsChanged',
  'Neo.TransientError.Transaction.Outdated',
  'Neo.TransientError.Transaction.BookmarkTimeout',
]);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);
const TOO_EXPENSIVE = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit']);

/**
 * Turns a driver or server error into a DomainError with a code from ErrorCode: an outage, a time
 * limit or a memory limit is the client's to retry or narrow, not an internal crash, and its
 * message names the limit but no address or driver internals. Other errors pass through to be
 * masked as INTERNAL_SERVER_ERROR (and logged): they are bugs.
 */
export function fromNeo4jError(error: unknown, statement: string, { limitMs }: { limitMs: number }): unknown {
  const code = (error as { code?: string }).code;
  if (code && UNAVAILABLE.has(code)) {
    return new DomainError(ErrorCode.DatabaseUnavailable, `The graph database is unavailable (${reason(code)}); retry later, /ready says when it is back`, {
      statement,
    });
  }
  if (code && TIMEOUT.has(code)) {
    return new DomainError(ErrorCode.QueryTimeout, `The query ran past its time limit of ${limitMs} ms; narrow it (smaller depth, limit or page size)`, {
      statement,
      limitMs,
    });
  }
  if (code && TOO_EXPENSIVE.has(code)) {
    return new DomainError(
      ErrorCode.QueryTooExpensive,
      'The query needed more memory than the database allows one transaction; narrow it (smaller depth, limit or page size)',
      { statement },
    );
  }
  return error;
}

// what a client may know of an outage: the kind of failure, not the driver's text or the server's address
function reason(code: string): string {
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') return 'the service cannot log in to it';
  if (code === 'Neo.TransientError.Transaction.DeadlockDetected' || code.includes('Leader') || code.includes('Outdated')) return 'it is busy';
  return describeNeo4jError({ code }).startsWith('the server is unreachable') ? 'it does not answer' : 'it is not serving';
}
