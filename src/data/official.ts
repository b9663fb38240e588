import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { attendanceFilterParams, directiveFilterParams, meetingFilterParams, mentionFilterParams, officialFilterParams, phraseFilterParams, townFilterParams } from './filterParams.js';
import { lookupByName } from './lookupByName.js';
import { listPage, pageStatements } from './paging.js';
import { toNodeOf, toRelationOf, type OfficialRecord } from './records.js';

const RELATIONS = ['attendances', 'directives', 'mentions', 'towns', 'meetings', 'slogans', 'industries', 'coAttendees'].map((field) => `official/${field}`);

/**
 * Officials and everything reached from one: attendances, directives, what they said, their
 * towns, meetings, slogans, industries and co-attendees. `forRequest` builds the DataLoaders of
 * one GraphQL request, so batching and caching never cross requests.
 */
export function createOfficialData(db: GraphDatabase) {
  db.catalog.require(['official/byName', ...pageStatements('official/list'), ...RELATIONS.flatMap(pageStatements)]);
  return {
    forRequest() {
      return {
        byName: (name: string, jurisdiction: string | null) => lookupByName<OfficialRecord>(db, 'official/byName', { name, jurisdiction }, 'jurisdiction'),
        list: listPage(db, 'official/list', officialFilterParams, toNodeOf('Official')),
        attendances: batchedPages(db, 'official/attendances', attendanceFilterParams, toRelationOf('ATTENDED')),
        directives: batchedPages(db, 'official/directives', directiveFilterParams, toRelationOf('DIRECTED')),
        mentions: batchedPages(db, 'official/mentions', mentionFilterParams, toRelationOf('MENTIONS')),
        towns: batchedPages(db, 'official/towns', townFilterParams, toNodeOf('Town')),
        meetings: batchedPages(db, 'official/meetings', meetingFilterParams, toNodeOf('Meeting')),
        slogans: batchedPages(db, 'official/slogans', phraseFilterParams, toNodeOf('Slogan')),
        industries: batchedPages(db, 'official/industries', phraseFilterParams, toNodeOf('Industry')),
        coAttendees: batchedPages(db, 'official/coAttendees', officialFilterParams, toNodeOf('Official')),
      };
    },
  };
}

export type OfficialData = ReturnType<typeof createOfficialData>;
export type OfficialReader = ReturnType<OfficialData['forRequest']>;
