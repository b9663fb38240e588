import { statementNames } from '../cypher/statementNames.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedList } from './batchedList.js';
import { batchedPages } from './batchedPages.js';
import { attendanceFilterParams, directiveFilterParams, meetingFilterParams, mentionFilterParams, officialFilterParams, phraseFilterParams, townFilterParams } from './filterParams.js';
import { lookupByName } from './lookupByName.js';
import { listPage } from './paging.js';
import { toCareerStep, toNodeOf, toRelationOf, type OfficialRecord } from './records.js';

const STATEMENTS = {
  byName: 'official/byName',
  list: { page: 'official/list', count: 'official/listCount' },
  listNamed: { page: 'official/listNamed', count: 'official/listNamedCount' },
  attendances: { page: 'official/attendances', count: 'official/attendancesCount' },
  directives: { page: 'official/directives', count: 'official/directivesCount' },
  mentions: { page: 'official/mentions', count: 'official/mentionsCount' },
  towns: { page: 'official/towns', count: 'official/townsCount' },
  meetings: { page: 'official/meetings', count: 'official/meetingsCount' },
  slogans: { page: 'official/slogans', count: 'official/slogansCount' },
  industries: { page: 'official/industries', count: 'official/industriesCount' },
  coAttendees: { page: 'official/coAttendees', count: 'official/coAttendeesCount' },
  career: 'official/career',
} as const;

/**
 * Officials and everything reached from one: attendances, directives, what they said, their
 * towns, meetings, slogans, industries and co-attendees. `forRequest` builds the DataLoaders of
 * one GraphQL request, so batching and caching never cross requests.
 */
export function createOfficialData(db: GraphDatabase) {
  db.catalog.require(statementNames(STATEMENTS));
  return {
    forRequest() {
      return {
        byName: (name: string, jurisdiction: string | null) => lookupByName<OfficialRecord>(db, STATEMENTS.byName, { name, jurisdiction }, 'jurisdiction'),
        list: listPage(db, STATEMENTS.list, officialFilterParams, toNodeOf('Official'), STATEMENTS.listNamed),
        attendances: batchedPages(db, STATEMENTS.attendances, attendanceFilterParams, toRelationOf('ATTENDED')),
        directives: batchedPages(db, STATEMENTS.directives, directiveFilterParams, toRelationOf('DIRECTED')),
        mentions: batchedPages(db, STATEMENTS.mentions, mentionFilterParams, toRelationOf('MENTIONS')),
        towns: batchedPages(db, STATEMENTS.towns, townFilterParams, toNodeOf('Town')),
        meetings: batchedPages(db, STATEMENTS.meetings, meetingFilterParams, toNodeOf('Meeting')),
        slogans: batchedPages(db, STATEMENTS.slogans, phraseFilterParams, toNodeOf('Slogan')),
        industries: batchedPages(db, STATEMENTS.industries, phraseFilterParams, toNodeOf('Industry')),
        career: batchedList(db, STATEMENTS.career, toCareerStep),
        coAttendees: batchedPages(db, STATEMENTS.coAttendees, officialFilterParams, toNodeOf('Official')),
      };
    },
  };
}
