import type { SloganResolvers } from '../generated/resolvers.js';
import { toGlobalId } from './globalId.js';
import { articleQuery, mentionQuery, officialQuery, townQuery } from './listArgs.js';

export const Slogan: SloganResolvers = {
  id: (slogan) => toGlobalId(slogan.gid),
  // the graph keeps a slogan's text in name, like every entity's display name
  text: (slogan) => slogan.name,
  articles: (slogan, args, { graph }) => graph.node.articles(slogan.gid, articleQuery(args)),
  mentions: (slogan, args, { graph }) => graph.slogan.mentions(slogan.key, mentionQuery(args)),
  officials: (slogan, args, { graph }) => graph.slogan.officials(slogan.key, officialQuery(args)),
  towns: (slogan, args, { graph }) => graph.slogan.towns(slogan.key, townQuery(args)),
  timeline: (phrase, _args, { graph }) => graph.slogan.diffusion(phrase),
};
