import { gidOf } from '../neo4j/gid.js';
import type { MentionResolvers } from '../generated/resolvers.js';
import { MentionContext } from '../data/enumValues.js';
import { dateSourceOf } from './dateSourceOf.js';
import { storedValue } from './storedValue.js';

export const Mention: MentionResolvers = {
  dateSource: (mention) => dateSourceOf(mention.dateSource, `the date of a mention in ${mention.evidence.article}`),
  context: (mention) => storedValue(MentionContext, mention.context, `the context of a mention in ${mention.evidence.article}`),
  official: (mention) => (mention.speaker.label === 'Official' ? mention.speaker : null),
  // a town's delegates speak where they are; an official's remarks name the town they were made at
  town: (mention, _args, { graph }) => {
    if (mention.speaker.label === 'Town') return mention.speaker;
    return mention.town === null ? null : graph.node.find(['Town'], gidOf('Town', mention.town));
  },
};
