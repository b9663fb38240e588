import type { QueryResolvers } from '../generated/resolvers.js';

export const Query: QueryResolvers = {
  stats: (_parent, _args, { data }) => data.stats.counts(),
};
