import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { Context } from '../context/createContext.js';

/**
 * Writes need the configured bearer token. With none configured they are off for everyone
 * (FORBIDDEN: no token could help); with one configured, a request without it is UNAUTHENTICATED.
 */
export function requireWrite({ writesEnabled, canWrite }: Context): void {
  if (!writesEnabled) {
    throw new DomainError(ErrorCode.Forbidden, 'Writes are disabled on this server: it was started without KG_WRITE_TOKEN');
  }
  if (!canWrite) {
    throw new DomainError(
      ErrorCode.Unauthenticated,
      'This mutation needs the header `Authorization: Bearer <KG_WRITE_TOKEN>`; the request carried no valid token',
    );
  }
}
