import type { Page } from '../data/paging.js';
import type { ContainsRecord } from '../data/records.js';
import type { Resolvers } from '../generated/resolvers.js';
import { toCursor } from './pageArgs.js';

/**
 * Every Relay connection type resolves the same way from a data module's Page: edges carry the
 * item's position as cursor, pageInfo comes from the page, and totalCount runs the page's count
 * statement, so a client that does not select it never pays for it.
 */
function connection<T>() {
  return {
    edges: (page: Page<T>) => page.items.map((node, i) => ({ node, cursor: toCursor(page.offset + i) })),
    pageInfo: pageInfo<T>,
    totalCount: (page: Page<T>) => page.totalCount(),
  };
}

// CONTAINS pages put the edge's own properties (titles, resolution) on the Relay edge
function containsConnection<T>() {
  return {
    edges: (page: Page<ContainsRecord<T>>) => page.items.map((item, i) => ({ ...item, cursor: toCursor(page.offset + i) })),
    pageInfo: pageInfo<ContainsRecord<T>>,
    totalCount: (page: Page<ContainsRecord<T>>) => page.totalCount(),
  };
}

function pageInfo<T>(page: Page<T>) {
  const last = page.offset + page.items.length - 1;
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length ? toCursor(page.offset) : null,
    endCursor: page.items.length ? toCursor(last) : null,
  };
}

export const connections: Resolvers = {
  OfficialConnection: connection(),
  TownConnection: connection(),
  SloganConnection: connection(),
  IndustryConnection: connection(),
  MeetingConnection: connection(),
  ArticleConnection: connection(),
  AttendanceConnection: connection(),
  DirectiveConnection: connection(),
  MentionConnection: connection(),
  EntityArticleConnection: containsConnection(),
  ArticleEntityConnection: containsConnection(),
};
