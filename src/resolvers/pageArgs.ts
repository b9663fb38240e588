import { bounded } from '../data/bounded.js';
import type { ListQuery } from '../data/paging.js';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';

/** The largest page a client may ask for; the cost limit weighs nested pages by their size too. */
const MAX_PAGE_SIZE = 100;

const CURSOR = /^offset:(\d{1,9})$/;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  orderBy?: { field?: string | null; direction?: 'ASC' | 'DESC' | null } | null;
}

/**
 * A connection field's arguments as a data-module query: `first` within 0..MAX_PAGE_SIZE and
 * `after` a cursor this API made, else BAD_USER_INPUT saying which and what arrived.
 */
export function listQuery<F>({ first, after, orderBy }: PageArgs, filter: F | null | undefined, defaultSort: string): ListQuery<F> {
  return {
    first: pageSize(first),
    offset: after ? offsetAfter(after) : 0,
    sort: orderBy?.field ?? defaultSort,
    descending: orderBy?.direction === 'DESC',
    filter,
  };
}

/** `first` of any list, connection or not: within 0..MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  return bounded('first', first, { min: 0, max: MAX_PAGE_SIZE, default: 20 });
}

/** Cursors are positions in the list the same field, filter and order produce. */
export function toCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64');
}

function offsetAfter(cursor: string): number {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match || toCursor(Number(match[1])) !== cursor) {
    throw new DomainError(ErrorCode.BadUserInput, `after must be a cursor from this field's pageInfo.endCursor or edges.cursor; got '${cursor}'`, {
      argument: 'after',
    });
  }
  return Number(match[1]) + 1;
}
