import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';

export interface DeletedArticle {
  id: string;
  edgesDeleted: number;
  entitiesDeleted: number;
}

export interface ArticleData {
  /** removes the article, its edges, and the entities no other article supports */
  delete(id: string): Promise<DeletedArticle>;
}

/** Articles: the provenance every edge points back to. */
export function createArticleData(db: GraphDatabase): ArticleData {
  db.catalog.require(['article/delete']);
  return {
    async delete(id) {
      const [row] = await db.write<{ edgesDeleted: number; entitiesDeleted: number }>('article/delete', { id });
      if (!row) throw new DomainError(ErrorCode.NotFound, `No article with id '${id}'`, { id });
      return { id, ...row };
    },
  };
}
