import type { ArticleResolvers } from '../generated/resolvers.js';
import { toGlobalId } from './globalId.js';
import { attendanceQuery, directiveQuery, mentionQuery } from './listArgs.js';
import { listQuery } from './pageArgs.js';

export const Article: ArticleResolvers = {
  id: (article) => toGlobalId(article.gid),
  // in gid order: by label, then key
  entities: (article, { types, ...page }, { graph }) => graph.article.entities(article.key, listQuery(page, types ?? null, 'GID')),
  attendances: (article, args, { graph }) => graph.article.attendances(article.key, attendanceQuery(args)),
  directives: (article, args, { graph }) => graph.article.directives(article.key, directiveQuery(args)),
  mentions: (article, args, { graph }) => graph.article.mentions(article.key, mentionQuery(args)),
};
