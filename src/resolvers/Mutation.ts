import { toNodeOf } from '../data/records.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { gidOf, splitGid } from '../neo4j/gid.js';
import { fromGlobalId, toGlobalId } from './globalId.js';
import { requireWrite } from './requireWrite.js';

export const Mutation: MutationResolvers = {
  ingestArticle: async (_parent, { input: { text, title, source, date } }, context) => {
    requireWrite(context);
    const summary = await context.ingestion.ingest({ text, title: title ?? undefined, source: source ?? null, date: date ?? null });
    // the article as this write committed it: a delete right after must not turn a done write into an error
    const article = toNodeOf('Article')(summary.article);
    return { article, created: summary.articleCreated, nodes: summary.nodes, edges: summary.edges };
  },
  reextractArticle: async (_parent, { id }, context) => {
    requireWrite(context);
    const gid = fromGlobalId(id, 'id', ['Article']);
    const summary = await context.ingestion.reextract(splitGid(gid).key);
    const article = summary.article ? toNodeOf('Article')(summary.article) : await context.graph.node.get(['Article'], gidOf('Article', summary.articleId));
    return {
      article,
      previousId: toGlobalId(gidOf('Article', summary.previousId)),
      changed: summary.changed,
      edges: summary.edges,
      entities: summary.entities,
    };
  },
  deleteArticle: async (_parent, { id }, context) => {
    requireWrite(context);
    const gid = fromGlobalId(id, 'id', ['Article']);
    const { edgesDeleted, entitiesDeleted } = await context.data.article.delete(splitGid(gid).key);
    return { id: toGlobalId(gid), edgesDeleted, entitiesDeleted };
  },
};
