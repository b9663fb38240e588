import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import { statementNames } from '../cypher/statementNames.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { attendanceFilterParams, articleFilterParams, directiveFilterParams, mentionFilterParams } from './filterParams.js';
import { listPage } from './paging.js';
import { toContains, toNodeOf, toRelationOf, type EntityRecord } from './records.js';

interface DeletedArticle {
  id: string;
  edgesDeleted: number;
  entitiesDeleted: number;
}

const STATEMENTS = {
  list: { page: 'article/list', count: 'article/listCount' },
  listNamed: { page: 'article/listNamed', count: 'article/listNamedCount' },
  entities: { page: 'article/entities', count: 'article/entitiesCount' },
  attendances: { page: 'article/attendances', count: 'article/attendancesCount' },
  directives: { page: 'article/directives', count: 'article/directivesCount' },
  mentions: { page: 'article/mentions', count: 'article/mentionsCount' },
} as const;

/** Articles: the provenance every edge points back to. */
export function createArticleData(db: GraphDatabase) {
  db.catalog.require(['article/lock', 'article/facts', 'article/meetings', 'article/clearFacts', 'article/remove', 'meeting/redate', 'entity/prune', ...statementNames(STATEMENTS)]);
  return {
    /** removes the article (locked first), its edges and support, and the entities no other article supports */
    async delete(id: string): Promise<DeletedArticle> {
      const deleted = await db.writeTransaction(async (tx) => {
        if ((await tx.run('article/lock', { id, now: new Date().toISOString() })).length === 0) return null;
        const [before] = await tx.run<{ entities: string[] }>('article/facts', { id });
        const [attended] = await tx.run<{ meetings: string[] }>('article/meetings', { id });
        const [cleared] = await tx.run<{ edgesDeleted: number }>('article/clearFacts', { id });
        await tx.run('article/remove', { id });
        // a session only this article dated loses that date on the attendances other articles reported
        await tx.run('meeting/redate', { meetings: attended?.meetings ?? [] });
        const [pruned] = await tx.run<{ entitiesDeleted: number }>('entity/prune', { gids: before?.entities ?? [] });
        return { id, edgesDeleted: cleared?.edgesDeleted ?? 0, entitiesDeleted: pruned?.entitiesDeleted ?? 0 };
      });
      if (!deleted) throw new DomainError(ErrorCode.NotFound, `No article with id '${id}'`, { id });
      return deleted;
    },

    forRequest() {
      return {
        list: listPage(db, STATEMENTS.list, articleFilterParams, toNodeOf('Article'), STATEMENTS.listNamed),
        entities: batchedPages(db, STATEMENTS.entities, (labels: string[] | null | undefined) => ({ labels: labels?.length ? labels : null }), toContains<EntityRecord>),
        attendances: batchedPages(db, STATEMENTS.attendances, attendanceFilterParams, toRelationOf('ATTENDED')),
        directives: batchedPages(db, STATEMENTS.directives, directiveFilterParams, toRelationOf('DIRECTED')),
        mentions: batchedPages(db, STATEMENTS.mentions, mentionFilterParams, toRelationOf('MENTIONS')),
      };
    },
  };
}
