import type { CentralityScoreResolvers } from '../generated/resolvers.js';

export const CentralityScore: CentralityScoreResolvers = {
  node: (score, _args, { graph }) => graph.node.get(['Official', 'Town'], score.gid),
};
