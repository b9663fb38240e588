import { semaphore } from '../concurrency/semaphore.js';

/** What the database layer needs to know of the HTTP request it works for. */
export interface RequestScope {
  /** echoed in error extensions and logs, so a report can be matched with its log line */
  requestId: string;
  /** epoch ms after which no statement of this request may start or run on */
  deadline: number;
  /** the request's whole time budget, named in the error that reports it ran out */
  budgetMs: number;
  /** runs one statement of this request once fewer than a few of its others are in flight */
  gate: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * A bound on one request's statements in flight: fifteen aliases of a graph walk then queue
 * behind each other instead of taking every Neo4j worker from the other requests.
 */
export function statementGate(limit: number): RequestScope['gate'] {
  const turns = semaphore(limit);
  return async (work) => {
    await turns.acquire();
    try {
      return await work();
    } finally {
      turns.release();
    }
  };
}
