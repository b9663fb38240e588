import { gidOf } from '../neo4j/gid.js';
import type { EvidenceResolvers } from '../generated/resolvers.js';

export const Evidence: EvidenceResolvers = {
  // every edge of a page points to few articles: one batched lookup for all of them
  article: (evidence, _args, { graph }) => graph.node.get(['Article'], gidOf('Article', evidence.article)),
};
