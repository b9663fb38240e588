import { toNodeOf, type ArticleRecord } from '../data/records.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { fromGlobalId, toGlobalId } from './globalId.js';
import { requireWrite } from './requireWrite.js';

export const Mutation: MutationResolvers = {
  ingestArticle: async (_parent, { input: { text, title, source, date } }, context) => {
    requireWrite(context);
    const summary = await context.data.article.ingest({ text, title: title ?? undefined, source: source ?? null, date: date ?? null }, context.gazetteer);
    // the article as this write committed it: a delete right after must not turn a done write into an error
    const article = toNodeOf('Article')(summary.article);
    return { article, created: summary.articleCreated, nodes: summary.nodes, edges: summary.edges };
  },
  reextractArticle: async (_parent, { id }, context) => {
    requireWrite(context);
    const gid = fromGlobalId(id, 'id', ['Article']);
    const summary = await context.data.article.reextract(gid.slice('Article:'.length), context.gazetteer);
    const article = summary.article ? toNodeOf('Article')(summary.article) : ((await context.graph.node.byGid(`Article:${summary.articleId}`)) as ArticleRecord);
    return { article, previousId: toGlobalId(`Article:${summary.previousId}`), changed: summary.changed, edges: summary.edges, entities: summary.entities };
  },
  deleteArticle: async (_parent, { id }, context) => {
    requireWrite(context);
    const gid = fromGlobalId(id, 'id', ['Article']);
    const { edgesDeleted, entitiesDeleted } = await context.data.article.delete(gid.slice('Article:'.length));
    return { id: toGlobalId(gid), edgesDeleted, entitiesDeleted };
  },
};
