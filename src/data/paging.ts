import neo4j from 'neo4j-driver';
import type { PagedStatement } from '../cypher/statementNames.js';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';

/** What a client asked of one list: where to start, how many, in which order, filtered how. */
export interface ListQuery<F> {
  offset: number;
  first: number;
  /** a field name from the schema's whitelist enum (NAME, DATE …); the statement maps it with CASE */
  sort: string;
  descending: boolean;
  filter?: F | null;
}

/** Turns a module's filter into the statement's `$filter` map (see filterParams.ts). */
export type FilterParams<F> = (filter: F | null | undefined) => Params;

/** One page of a list; `totalCount` runs its own count statement, so only when a client asks. */
export interface Page<T> {
  items: T[];
  offset: number;
  hasNextPage: boolean;
  totalCount(): Promise<number>;
}

/**
 * The parameters of a paged statement. LIMIT asks for one row more than the page, so the page
 * knows whether another follows without counting; integers go as Neo4j integers because the
 * driver sends JS numbers as floats, which SKIP and LIMIT refuse.
 */
export function pageParams<F>({ offset, first, sort, descending, filter }: ListQuery<F>, filterParams: FilterParams<F>): Params {
  return { offset: neo4j.int(offset), limit: neo4j.int(first + 1), sort, descending, filter: filterParams(filter) };
}

/** Cuts the extra row pageParams asked for and attaches the count. */
export function toPage<T>(rows: T[], { offset, first }: ListQuery<unknown>, totalCount: () => Promise<number>): Page<T> {
  return { items: rows.slice(0, first), offset, hasNextPage: rows.length > first, totalCount };
}

/**
 * A top-level list (no parent to batch on): the page statement pages, the count statement counts,
 * and both read the same filter. A filter by name runs `named` instead, the same list started from
 * the label's name index (filter `lookup`), so it seeks rather than scanning the label.
 */
export function listPage<F, T>(
  db: GraphDatabase,
  statement: PagedStatement,
  filterParams: FilterParams<F>,
  convert: (row: Params) => T,
  named: PagedStatement,
): (query: ListQuery<F>) => Promise<Page<T>> {
  return async (query) => {
    const params = pageParams(query, filterParams);
    const chosen = (params.filter as Params).lookup == null ? statement : named;
    const rows = await db.read<{ node: Params }>(chosen.page, params);
    return toPage(rows.map((row) => convert(row.node)), query, async () => {
      const [row] = await db.read<{ total: number }>(chosen.count, { filter: params.filter });
      return row?.total ?? 0;
    });
  };
}
