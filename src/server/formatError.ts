import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';

/**
 * Shows clients DomainErrors and GraphQL's own validation errors as they are, and masks anything
 * else as INTERNAL_SERVER_ERROR: a stack trace or driver message tells an attacker more than a user.
 * In development the original message and stack stay visible.
 */
export function createFormatError({ development, requestId = () => undefined }: { development: boolean; requestId?: () => string | undefined }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const domain = domainError(error);
    if (domain) {
      const { stacktrace, ...extensions } = formatted.extensions ?? {};
      return {
        ...formatted,
        message: domain.message,
        extensions: { ...(development ? { ...extensions, stacktrace } : {}), ...domain.details, code: domain.code },
      };
    }
    const code = formatted.extensions?.code;
    if (code !== ErrorCode.InternalServerError && code !== undefined) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return development ? formatted : { ...formatted, extensions };
    }
    if (development) return formatted;
    // the request id matches the one line the error log wrote about it
    const id = requestId();
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.InternalServerError, ...(id ? { requestId: id } : {}) },
    };
  };
}

// a resolver's DomainError is wrapped with its path; a refusal before execution (query limits)
// carries it as the originalError of the GraphQLError that Apollo wraps once more
function domainError(error: unknown): DomainError | null {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; depth < 3 && current instanceof GraphQLError; depth++) current = current.originalError;
  return current instanceof DomainError ? current : null;
}
