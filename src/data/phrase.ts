import { statementNames } from '../cypher/statementNames.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedList } from './batchedList.js';
import { batchedPages } from './batchedPages.js';
import { bounded } from './bounded.js';
import { mentionFilterParams, officialFilterParams, phraseFilterParams, townFilterParams } from './filterParams.js';
import { lookupByName } from './lookupByName.js';
import { listPage } from './paging.js';
import { toNodeOf, toRelationOf, type PhraseRecord } from './records.js';
import { LIMITS, type Diffusion, type DiffusionEvent } from './traversal.js';

const STATEMENTS = {
  Slogan: {
    byName: 'slogan/byName',
    list: { page: 'slogan/list', count: 'slogan/listCount' },
    listNamed: { page: 'slogan/listNamed', count: 'slogan/listNamedCount' },
    mentions: { page: 'slogan/mentions', count: 'slogan/mentionsCount' },
    officials: { page: 'slogan/officials', count: 'slogan/officialsCount' },
    towns: { page: 'slogan/towns', count: 'slogan/townsCount' },
    timeline: 'slogan/timeline',
  },
  Industry: {
    byName: 'industry/byName',
    list: { page: 'industry/list', count: 'industry/listCount' },
    listNamed: { page: 'industry/listNamed', count: 'industry/listNamedCount' },
    mentions: { page: 'industry/mentions', count: 'industry/mentionsCount' },
    officials: { page: 'industry/officials', count: 'industry/officialsCount' },
    towns: { page: 'industry/towns', count: 'industry/townsCount' },
    timeline: 'industry/timeline',
  },
} as const;

/**
 * Slogans or industries (one module each, built from this factory: the two labels answer the
 * same questions from their own statement folders, cypher/slogan/ and cypher/industry/): their
 * mentions, the officials who named them, the towns where they were named.
 */
export function createPhraseData<L extends PhraseRecord['label']>(db: GraphDatabase, label: L) {
  const statements = STATEMENTS[label];
  db.catalog.require(statementNames(statements));
  return {
    forRequest() {
      const timelines = batchedList(db, statements.timeline, (row) => row as unknown as DiffusionEvent, { limit: LIMITS.listLimit.max });
      return {
        byName: (name: string) => lookupByName<PhraseRecord>(db, statements.byName, { name }, 'id'),
        list: listPage(db, statements.list, phraseFilterParams, toNodeOf(label), statements.listNamed),
        mentions: batchedPages(db, statements.mentions, mentionFilterParams, toRelationOf('MENTIONS')),
        officials: batchedPages(db, statements.officials, officialFilterParams, toNodeOf('Official')),
        towns: batchedPages(db, statements.towns, townFilterParams, toNodeOf('Town')),
        /** every appearance (up to the list bound, so counts are whole) of the phrase; `first` trims only the timeline shown */
        diffusion: async (phrase: PhraseRecord, first?: number | null): Promise<Diffusion> => {
          const shown = bounded('first', first, LIMITS.listLimit);
          return { subject: phrase.gid, events: await timelines(phrase.key), first: shown };
        },
      };
    },
  };
}
