import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { attendanceFilterParams, meetingFilterParams, officialFilterParams, townFilterParams } from './filterParams.js';
import { lookupByName } from './lookupByName.js';
import { listPage, pageStatements } from './paging.js';
import { toNodeOf, toRelationOf, type MeetingRecord } from './records.js';

const RELATIONS = ['attendances', 'attendees', 'towns'].map((field) => `meeting/${field}`);

/**
 * Meetings (People's Congress and CPPCC sessions): who attended them, directly or in a town's
 * delegation group, and which town groups met.
 */
export function createMeetingData(db: GraphDatabase) {
  db.catalog.require(['meeting/byName', ...pageStatements('meeting/list'), ...RELATIONS.flatMap(pageStatements)]);
  return {
    forRequest() {
      return {
        byName: (name: string) => lookupByName<MeetingRecord>(db, 'meeting/byName', { name }, 'id'),
        list: listPage(db, 'meeting/list', meetingFilterParams, toNodeOf('Meeting')),
        attendances: batchedPages(db, 'meeting/attendances', attendanceFilterParams, toRelationOf('ATTENDED')),
        attendees: batchedPages(db, 'meeting/attendees', officialFilterParams, toNodeOf('Official')),
        towns: batchedPages(db, 'meeting/towns', townFilterParams, toNodeOf('Town')),
      };
    },
  };
}

export type MeetingData = ReturnType<typeof createMeetingData>;
export type MeetingReader = ReturnType<MeetingData['forRequest']>;
