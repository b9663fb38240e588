import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';
import { keyedLoader } from './keyedLoader.js';

/**
 * A per-parent list that is never paged (an official's career, a phrase's appearances): every parent
 * asked for in the same tick joins one `UNWIND $keys` statement returning `key, result`, so a page of
 * officials with their careers costs one statement, not one per official.
 */
export function batchedList<T>(db: GraphDatabase, statement: string, convert: (row: Params) => T, params: Params = {}): (key: string) => Promise<T[]> {
  const lists = keyedLoader<T[]>(db, statement, (row) => (row.result as Params[]).map(convert), []);
  return (key) => lists.load({ key, params });
}
