import type { TypedDocumentString } from './generated/graphql.js';

/** a GraphQL error as the API sends it: a code, and for an ambiguous name its candidates */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * The page's whole GraphQL client: typed by the documents codegen checked against schema.graphql,
 * posted as JSON to the same origin. Nothing is cached here; the graph on screen is the cache.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, endpoint = '/graphql'): Promise<R> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: R | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions ?? {});
  if (body.data == null) throw new ApiError(`HTTP ${response.status} with no data`, {});
  return body.data;
}
