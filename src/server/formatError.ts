import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';

/**
 * Shows clients DomainErrors and GraphQL's own validation errors as they are, and masks anything
 * else as INTERNAL_SERVER_ERROR: a stack trace or driver message tells an attacker more than a user.
 * In development the original message and stack stay visible.
 */
export function createFormatError({ development }: { development: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (code !== ErrorCode.InternalServerError && code !== undefined) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return development ? formatted : { ...formatted, extensions };
    }
    if (development) return formatted;
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.InternalServerError } };
  };
}
