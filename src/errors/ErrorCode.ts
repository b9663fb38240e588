/**
 * The error codes clients see in `extensions.code`, in one place so the API, the HTTP routes
 * and the tests agree on them. Apollo's built-in codes are reused where they mean the same.
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  /** the HTTP request itself is malformed: not JSON, too large, not UTF-8 */
  BadRequest = 'BAD_REQUEST',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  QueryTimeout = 'QUERY_TIMEOUT',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  QueryTooExpensive = 'QUERY_TOO_EXPENSIVE',
  GraphqlParseFailed = 'GRAPHQL_PARSE_FAILED',
  GraphqlValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}
