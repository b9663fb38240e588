import type { ErrorCode } from './ErrorCode.js';

/**
 * An error the client may see as is: its message is safe to show and its code says what to do.
 * Anything else that escapes a resolver is masked as INTERNAL_SERVER_ERROR.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
