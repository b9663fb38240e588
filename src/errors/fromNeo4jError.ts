import { describeNeo4jError } from '../neo4j/describeNeo4jError.js';
import { DomainError } from './DomainError.js';
import { ErrorCode } from './ErrorCode.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Database.DatabaseNotFound']);
const TIMEOUT = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped']);

/**
 * Turns a driver or server error into a DomainError with a code from ErrorCode: an outage or a
 * timeout is the client's to retry, not an internal crash. Other errors pass through to be masked.
 */
export function fromNeo4jError(error: unknown, statement: string): unknown {
  const code = (error as { code?: string }).code;
  if (code && UNAVAILABLE.has(code)) {
    return new DomainError(ErrorCode.DatabaseUnavailable, `The graph database is unavailable: ${describeNeo4jError(error)}`, { statement });
  }
  if (code && TIMEOUT.has(code)) {
    return new DomainError(ErrorCode.QueryTimeout, 'The query ran past its time limit; narrow it (smaller depth, limit or page size)', { statement });
  }
  return error;
}
