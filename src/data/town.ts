import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { attendanceFilterParams, directiveFilterParams, mentionFilterParams, officialFilterParams, phraseFilterParams, townFilterParams } from './filterParams.js';
import { lookupByName } from './lookupByName.js';
import { listPage, pageStatements } from './paging.js';
import { toNodeOf, toRelationOf, type TownRecord } from './records.js';

const RELATIONS = ['attendances', 'directives', 'mentions', 'attendees', 'directors', 'slogans', 'industries'].map((field) => `town/${field}`);

/**
 * Towns and what happened there: who attended, who gave directions, what was said. One
 * DataLoader per relationship and request (`forRequest`), one batched statement per level.
 */
export function createTownData(db: GraphDatabase) {
  db.catalog.require(['town/byName', ...pageStatements('town/list'), ...RELATIONS.flatMap(pageStatements)]);
  return {
    forRequest() {
      return {
        byName: (name: string, parent: string | null) => lookupByName<TownRecord>(db, 'town/byName', { name, parent }, 'parent'),
        list: listPage(db, 'town/list', townFilterParams, toNodeOf('Town')),
        attendances: batchedPages(db, 'town/attendances', attendanceFilterParams, toRelationOf('ATTENDED')),
        directives: batchedPages(db, 'town/directives', directiveFilterParams, toRelationOf('DIRECTED')),
        mentions: batchedPages(db, 'town/mentions', mentionFilterParams, toRelationOf('MENTIONS')),
        attendees: batchedPages(db, 'town/attendees', officialFilterParams, toNodeOf('Official')),
        directors: batchedPages(db, 'town/directors', officialFilterParams, toNodeOf('Official')),
        slogans: batchedPages(db, 'town/slogans', phraseFilterParams, toNodeOf('Slogan')),
        industries: batchedPages(db, 'town/industries', phraseFilterParams, toNodeOf('Industry')),
      };
    },
  };
}

export type TownData = ReturnType<typeof createTownData>;
export type TownReader = ReturnType<TownData['forRequest']>;
