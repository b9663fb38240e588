import type { IndustryResolvers } from '../generated/resolvers.js';
import { toGlobalId } from './globalId.js';
import { articleQuery, mentionQuery, officialQuery, townQuery } from './listArgs.js';

export const Industry: IndustryResolvers = {
  id: (industry) => toGlobalId(industry.gid),
  articles: (industry, args, { graph }) => graph.node.articles(industry.gid, articleQuery(args)),
  mentions: (industry, args, { graph }) => graph.industry.mentions(industry.key, mentionQuery(args)),
  officials: (industry, args, { graph }) => graph.industry.officials(industry.key, officialQuery(args)),
  towns: (industry, args, { graph }) => graph.industry.towns(industry.key, townQuery(args)),
  timeline: (phrase, _args, { graph }) => graph.industry.diffusion(phrase),
};
