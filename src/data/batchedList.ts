import DataLoader from 'dataloader';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';

/**
 * A per-parent list that is never paged (an official's career): every parent asked for in the same
 * tick joins one `UNWIND $keys` statement returning `key, result`, so a page of officials with their
 * careers costs one statement, not one per official.
 */
export function batchedList<T>(db: GraphDatabase, statement: string, convert: (row: Params) => T, params: Params = {}): (key: string) => Promise<T[]> {
  const lists = new DataLoader<string, T[]>(async (keys) => {
    const rows = await db.read<{ key: string; result: Params[] }>(statement, { ...params, keys: [...keys] });
    const found = new Map(rows.map((row) => [row.key, row.result.map(convert)]));
    return keys.map((key) => found.get(key) ?? []);
  });
  return (key) => lists.load(key);
}
