import type { ArticleResolvers } from '../generated/resolvers.js';
import { dateSourceOf } from './dateSourceOf.js';
import { toGlobalId } from './globalId.js';
import { attendanceQuery, directiveQuery, mentionQuery } from './listArgs.js';
import { listQuery } from './pageArgs.js';

export const Article: ArticleResolvers = {
  id: (article) => toGlobalId(article.gid),
  dateSource: (article) => dateSourceOf(article.dateSource, `the date source of ${article.gid}`),
  eventDateSource: (article) => dateSourceOf(article.eventDateSource, `the event date source of ${article.gid}`),
  // in gid order: by label, then key
  entities: (article, { types, ...page }, { graph }) => graph.article.entities(article.key, listQuery(page, types ?? null, 'GID')),
  attendances: (article, args, { graph }) => graph.article.attendances(article.key, attendanceQuery(args)),
  directives: (article, args, { graph }) => graph.article.directives(article.key, directiveQuery(args)),
  mentions: (article, args, { graph }) => graph.article.mentions(article.key, mentionQuery(args)),
};
