import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import { extractArticle, type ArticleInput } from '../ingest/extractArticle.js';
import type { Gazetteer } from '../ingest/gazetteer.js';
import { LOAD_STATEMENTS, loadExtraction, type LoadSummary } from '../ingest/loadExtraction.js';
import { REEXTRACT_STATEMENTS, reextractArticle, type ReextractSummary } from '../ingest/reextractArticle.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { attendanceFilterParams, articleFilterParams, directiveFilterParams, mentionFilterParams } from './filterParams.js';
import { listPage, pageStatements } from './paging.js';
import { toContains, toNodeOf, toRelationOf, type EntityRecord } from './records.js';

export interface DeletedArticle {
  id: string;
  edgesDeleted: number;
  entitiesDeleted: number;
}

const RELATIONS = ['entities', 'attendances', 'directives', 'mentions'].map((field) => `article/${field}`);

/** Articles: the provenance every edge points back to. */
export function createArticleData(db: GraphDatabase) {
  db.catalog.require([...REEXTRACT_STATEMENTS, ...LOAD_STATEMENTS, ...pageStatements('article/list'), ...RELATIONS.flatMap(pageStatements)]);
  return {
    /** removes the article (locked first), its edges and support, and the entities no other article supports */
    async delete(id: string): Promise<DeletedArticle> {
      const deleted = await db.writeTransaction(async (tx) => {
        if ((await tx.run('article/lock', { id, now: new Date().toISOString() })).length === 0) return null;
        const [before] = await tx.run<{ entities: string[] }>('article/facts', { id });
        const [cleared] = await tx.run<{ edgesDeleted: number }>('article/clearFacts', { id });
        await tx.run('article/remove', { id });
        const [pruned] = await tx.run<{ entitiesDeleted: number }>('entity/prune', { gids: before?.entities ?? [] });
        return { id, edgesDeleted: cleared?.edgesDeleted ?? 0, entitiesDeleted: pruned?.entitiesDeleted ?? 0 };
      });
      if (!deleted) throw new DomainError(ErrorCode.NotFound, `No article with id '${id}'`, { id });
      return deleted;
    },

    /** re-runs the current extractor over the stored text and replaces the article's facts (see reextractArticle) */
    async reextract(id: string, gazetteer: Gazetteer): Promise<ReextractSummary> {
      const summary = await reextractArticle(db, id, { gazetteer });
      if (!summary) throw new DomainError(ErrorCode.NotFound, `No article with id '${id}'`, { id });
      return summary;
    },

    /**
     * Extracts and loads one article in one transaction. Extraction is a pure function of the
     * input, so anything it refuses (not Chinese text, a malformed date) is the client's to fix.
     */
    async ingest(input: ArticleInput, gazetteer: Gazetteer): Promise<LoadSummary> {
      let extraction;
      try {
        extraction = extractArticle(input, { gazetteer });
      } catch (error) {
        throw new DomainError(ErrorCode.BadUserInput, `Cannot ingest this article: ${(error as Error).message}`, { argument: 'input' });
      }
      return loadExtraction(db, extraction);
    },

    forRequest() {
      return {
        list: listPage(db, 'article/list', articleFilterParams, toNodeOf('Article')),
        entities: batchedPages(db, 'article/entities', (labels: string[] | null | undefined) => ({ labels: labels?.length ? labels : null }), toContains<EntityRecord>),
        attendances: batchedPages(db, 'article/attendances', attendanceFilterParams, toRelationOf('ATTENDED')),
        directives: batchedPages(db, 'article/directives', directiveFilterParams, toRelationOf('DIRECTED')),
        mentions: batchedPages(db, 'article/mentions', mentionFilterParams, toRelationOf('MENTIONS')),
      };
    },
  };
}

export type ArticleData = ReturnType<typeof createArticleData>;
export type ArticleReader = ReturnType<ArticleData['forRequest']>;
