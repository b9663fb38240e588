/**
 * One line a person can act on for a failed Neo4j call: the driver's own messages name sockets
 * and retries, not the fix.
 */
export function describeNeo4jError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'Neo.ClientError.Security.Unauthorized') return 'the username or password was rejected (check NEO4J_USERNAME / NEO4J_PASSWORD)';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return `the database does not exist (check NEO4J_DATABASE): ${message}`;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired')
    return `the server is unreachable (is it running, and is NEO4J_URI right?): ${firstLine(message)}`;
  return `${code ?? 'error'}: ${firstLine(message)}`;
}

function firstLine(message: string | undefined): string {
  return (message ?? '').split('\n')[0] ?? '';
}
