import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import { extractArticle, type ArticleInput } from '../ingest/extractArticle.js';
import type { Gazetteer } from '../ingest/gazetteer.js';
import { LOAD_STATEMENTS, loadExtraction, type LoadSummary } from '../ingest/loadExtraction.js';
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
  db.catalog.require(['article/delete', ...LOAD_STATEMENTS, ...pageStatements('article/list'), ...RELATIONS.flatMap(pageStatements)]);
  return {
    /** removes the article, its edges, and the entities no other article supports */
    async delete(id: string): Promise<DeletedArticle> {
      const [row] = await db.write<{ edgesDeleted: number; entitiesDeleted: number }>('article/delete', { id });
      if (!row) throw new DomainError(ErrorCode.NotFound, `No article with id '${id}'`, { id });
      return { id, ...row };
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
