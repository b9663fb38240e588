import DataLoader from 'dataloader';
import type { PagedStatement } from '../cypher/statementNames.js';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';
import { pageParams, toPage, type FilterParams, type ListQuery, type Page } from './paging.js';

interface Request {
  key: string;
  params: Params;
}

/**
 * One relationship field for one request: every parent asked for in the same tick becomes one
 * `UNWIND $keys` page statement (one row per parent: its key and its page as `result`), and every
 * totalCount one count statement (its count as `result`). The field's arguments are part of each loader key, so two
 * aliases with different pages or filters are told apart, and each set of arguments is one
 * statement: a nested view costs one statement per level, whatever the number of parents.
 */
export function batchedPages<F, T>(db: GraphDatabase, statement: PagedStatement, filterParams: FilterParams<F>, convert: (row: Params) => T): (key: string, query: ListQuery<F>) => Promise<Page<T>> {
  const pages = loader<Params[]>(db, statement.page, (row) => row.result as Params[], []);
  const counts = loader<number>(db, statement.count, (row) => row.result as number, 0);
  return async (key, query) => {
    const params = pageParams(query, filterParams);
    const rows = await pages.load({ key, params });
    return toPage(rows.map(convert), query, () => counts.load({ key, params: { filter: params.filter } }));
  };
}

// requests with equal params share one statement; a parent with no row (deleted meanwhile) gets the fallback
function loader<V>(db: GraphDatabase, statement: string, pick: (row: Params) => V, fallback: V): DataLoader<Request, V, string> {
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
