import type { EntityRecord } from '../data/records.js';
import type { CentralityScoreResolvers } from '../generated/resolvers.js';

export const CentralityScore: CentralityScoreResolvers = {
  node: (score, _args, { graph }) => graph.node.byGid(score.gid) as Promise<EntityRecord>,
};
