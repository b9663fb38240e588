import DataLoader from 'dataloader';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';

interface Request {
  key: string;
  params: Params;
}

/**
 * A DataLoader over an `UNWIND $keys` statement that answers `key, result` rows: requests with equal
 * params share one statement, and a parent with no row (deleted meanwhile) gets the fallback. The
 * params are part of the cache key, so two aliases with different arguments are never mixed up.
 */
export function keyedLoader<V>(db: GraphDatabase, statement: string, pick: (row: Params) => V, fallback: V): DataLoader<Request, V, string> {
  return new DataLoader<Request, V, string>(
    async (requests) => {
      const groups = new Map<string, { params: Params; keys: Set<string> }>();
      for (const { key, params } of requests) {
        const id = JSON.stringify(params);
        const group = groups.get(id) ?? { params, keys: new Set<string>() };
        group.keys.add(key);
        groups.set(id, group);
      }
      const answers = new Map<string, V>();
      await Promise.all([...groups].map(async ([id, { params, keys }]) => {
        for (const row of await db.read<Params>(statement, { ...params, keys: [...keys] })) answers.set(`${id}\u0000${row.key as string}`, pick(row));
      }));
      return requests.map(({ key, params }) => answers.get(`${JSON.stringify(params)}\u0000${key}`) ?? fallback);
    },
    { cacheKeyFn: ({ key, params }) => `${JSON.stringify(params)}\u0000${key}` },
  );
}
