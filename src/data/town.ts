import { statementNames } from '../cypher/statementNames.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { attendanceFilterParams, dateFilterParams, directiveFilterParams, mentionFilterParams, officialFilterParams, phraseFilterParams, townFilterParams } from './filterParams.js';
import { lookupByName } from './lookupByName.js';
import { listPage } from './paging.js';
import { toNodeOf, toRelationOf, type TownRecord } from './records.js';

const STATEMENTS = {
  byName: 'town/byName',
  list: { page: 'town/list', count: 'town/listCount' },
  listNamed: { page: 'town/listNamed', count: 'town/listNamedCount' },
  attendances: { page: 'town/attendances', count: 'town/attendancesCount' },
  directives: { page: 'town/directives', count: 'town/directivesCount' },
  mentions: { page: 'town/mentions', count: 'town/mentionsCount' },
  attendees: { page: 'town/attendees', count: 'town/attendeesCount' },
  directors: { page: 'town/directors', count: 'town/directorsCount' },
  slogans: { page: 'town/slogans', count: 'town/slogansCount' },
  industries: { page: 'town/industries', count: 'town/industriesCount' },
  timeline: { page: 'town/timeline', count: 'town/timelineCount' },
} as const;

/**
 * Towns and what happened there: who attended, who gave directions, what was said. One
 * DataLoader per relationship and request (`forRequest`), one batched statement per level.
 */
export function createTownData(db: GraphDatabase) {
  db.catalog.require(statementNames(STATEMENTS));
  return {
    forRequest() {
      return {
        byName: (name: string, parent: string | null) => lookupByName<TownRecord>(db, STATEMENTS.byName, { name, parent }, 'parent'),
        list: listPage(db, STATEMENTS.list, townFilterParams, toNodeOf('Town'), STATEMENTS.listNamed),
        attendances: batchedPages(db, STATEMENTS.attendances, attendanceFilterParams, toRelationOf('ATTENDED')),
        directives: batchedPages(db, STATEMENTS.directives, directiveFilterParams, toRelationOf('DIRECTED')),
        mentions: batchedPages(db, STATEMENTS.mentions, mentionFilterParams, toRelationOf('MENTIONS')),
        attendees: batchedPages(db, STATEMENTS.attendees, officialFilterParams, toNodeOf('Official')),
        directors: batchedPages(db, STATEMENTS.directors, officialFilterParams, toNodeOf('Official')),
        slogans: batchedPages(db, STATEMENTS.slogans, phraseFilterParams, toNodeOf('Slogan')),
        industries: batchedPages(db, STATEMENTS.industries, phraseFilterParams, toNodeOf('Industry')),
        timeline: batchedPages(db, STATEMENTS.timeline, dateFilterParams, toRelationOf('ATTENDED', 'DIRECTED')),
      };
    },
  };
}
