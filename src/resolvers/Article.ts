import type { ArticleResolvers, EntityType } from '../generated/resolvers.js';
import { toGlobalId } from './globalId.js';
import { attendanceQuery, directiveQuery, mentionQuery } from './listArgs.js';
import { listQuery } from './pageArgs.js';

const LABELS: Record<EntityType, string> = { OFFICIAL: 'Official', TOWN: 'Town', SLOGAN: 'Slogan', INDUSTRY: 'Industry', MEETING: 'Meeting' };

export const Article: ArticleResolvers = {
  id: (article) => toGlobalId(article.gid),
  // in gid order: by label, then key
  entities: (article, { types, ...page }, { graph }) => graph.article.entities(article.key, listQuery(page, types?.map((type) => LABELS[type]) ?? null, 'GID')),
  attendances: (article, args, { graph }) => graph.article.attendances(article.key, attendanceQuery(args)),
  directives: (article, args, { graph }) => graph.article.directives(article.key, directiveQuery(args)),
  mentions: (article, args, { graph }) => graph.article.mentions(article.key, mentionQuery(args)),
};
