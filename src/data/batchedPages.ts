import type { PagedStatement } from '../cypher/statementNames.js';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';
import { keyedLoader } from './keyedLoader.js';
import { pageParams, toPage, type FilterParams, type ListQuery, type Page } from './paging.js';

/**
 * One relationship field for one request: every parent asked for in the same tick becomes one
 * `UNWIND $keys` page statement (one row per parent: its key and its page as `result`), and every
 * totalCount one count statement (its count as `result`). The field's arguments are part of each loader key, so two
 * aliases with different pages or filters are told apart, and each set of arguments is one
 * statement: a nested view costs one statement per level, whatever the number of parents.
 */
export function batchedPages<F, T>(db: GraphDatabase, statement: PagedStatement, filterParams: FilterParams<F>, convert: (row: Params) => T): (key: string, query: ListQuery<F>) => Promise<Page<T>> {
  const pages = keyedLoader<Params[]>(db, statement.page, (row) => row.result as Params[], []);
  const counts = keyedLoader<number>(db, statement.count, (row) => row.result as number, 0);
  return async (key, query) => {
    const params = pageParams(query, filterParams);
    const rows = await pages.load({ key, params });
    return toPage(rows.map(convert), query, () => counts.load({ key, params: { filter: params.filter } }));
  };
}
