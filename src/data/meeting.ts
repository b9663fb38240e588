import { statementNames } from '../cypher/statementNames.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { attendanceFilterParams, meetingFilterParams, officialFilterParams, townFilterParams } from './filterParams.js';
import { lookupByName } from './lookupByName.js';
import { listPage } from './paging.js';
import { toNodeOf, toRelationOf, type MeetingRecord } from './records.js';

const STATEMENTS = {
  byName: 'meeting/byName',
  list: { page: 'meeting/list', count: 'meeting/listCount' },
  listNamed: { page: 'meeting/listNamed', count: 'meeting/listNamedCount' },
  attendances: { page: 'meeting/attendances', count: 'meeting/attendancesCount' },
  attendees: { page: 'meeting/attendees', count: 'meeting/attendeesCount' },
  towns: { page: 'meeting/towns', count: 'meeting/townsCount' },
} as const;

/**
 * Meetings (People's Congress and CPPCC sessions): who attended them, directly or in a town's
 * delegation group, and which town groups met.
 */
export function createMeetingData(db: GraphDatabase) {
  db.catalog.require(statementNames(STATEMENTS));
  return {
    forRequest() {
      return {
        byName: (name: string) => lookupByName<MeetingRecord>(db, STATEMENTS.byName, { name }, 'id'),
        list: listPage(db, STATEMENTS.list, meetingFilterParams, toNodeOf('Meeting'), STATEMENTS.listNamed),
        attendances: batchedPages(db, STATEMENTS.attendances, attendanceFilterParams, toRelationOf('ATTENDED')),
        attendees: batchedPages(db, STATEMENTS.attendees, officialFilterParams, toNodeOf('Official')),
        towns: batchedPages(db, STATEMENTS.towns, townFilterParams, toNodeOf('Town')),
      };
    },
  };
}
