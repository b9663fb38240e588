import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { mentionFilterParams, officialFilterParams, phraseFilterParams, townFilterParams } from './filterParams.js';
import { lookupByName } from './lookupByName.js';
import { listPage, pageStatements } from './paging.js';
import { toNodeOf, toRelationOf, type PhraseRecord } from './records.js';

/**
 * Slogans or industries (one module each, built from this factory: the two labels answer the
 * same questions from their own statement folders, cypher/slogan/ and cypher/industry/): their
 * mentions, the officials who named them, the towns where they were named.
 */
export function createPhraseData<L extends PhraseRecord['label']>(db: GraphDatabase, label: L) {
  const folder = label.toLowerCase();
  const relations = ['mentions', 'officials', 'towns'].map((field) => `${folder}/${field}`);
  db.catalog.require([`${folder}/byName`, ...pageStatements(`${folder}/list`), ...relations.flatMap(pageStatements)]);
  return {
    forRequest() {
      return {
        byName: (name: string) => lookupByName<PhraseRecord>(db, `${folder}/byName`, { name }, 'id'),
        list: listPage(db, `${folder}/list`, phraseFilterParams, toNodeOf(label)),
        mentions: batchedPages(db, `${folder}/mentions`, mentionFilterParams, toRelationOf('MENTIONS')),
        officials: batchedPages(db, `${folder}/officials`, officialFilterParams, toNodeOf('Official')),
        towns: batchedPages(db, `${folder}/towns`, townFilterParams, toNodeOf('Town')),
      };
    },
  };
}

export type PhraseData = ReturnType<typeof createPhraseData>;
export type PhraseReader = ReturnType<PhraseData['forRequest']>;
