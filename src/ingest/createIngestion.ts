import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import type { ArticleInput } from './extractArticle.js';
import type { Gazetteer } from './gazetteer.js';
import { ingestArticle } from './ingestArticle.js';
import { LOAD_STATEMENTS, type LoadSummary } from './loadExtraction.js';
import { REEXTRACT_STATEMENTS, reextractArticle, type ReextractSummary } from './reextractArticle.js';

/**
 * The write side the API serves (behind the write token): ingest an article, re-extract a stored
 * one. Built once per process with its gazetteer; its statements are checked at boot, like the
 * data modules' reads.
 */
export function createIngestion(db: GraphDatabase, gazetteer: Gazetteer) {
  db.catalog.require([...LOAD_STATEMENTS, ...REEXTRACT_STATEMENTS]);
  return {
    ingest: (input: ArticleInput): Promise<LoadSummary> => ingestArticle(db, input, { gazetteer }),

    /** re-runs the current extractor over the stored text and replaces the article's facts (see reextractArticle) */
    async reextract(id: string): Promise<ReextractSummary> {
      const summary = await reextractArticle(db, id, { gazetteer });
      if (!summary) throw new DomainError(ErrorCode.NotFound, `No article with id '${id}'`, { id });
      return summary;
    },
  };
}

export type Ingestion = ReturnType<typeof createIngestion>;
