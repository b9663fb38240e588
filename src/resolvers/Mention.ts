import type { TownRecord } from '../data/records.js';
import type { MentionContext, MentionResolvers } from '../generated/resolvers.js';

export const Mention: MentionResolvers = {
  context: (mention) => mention.context.toUpperCase() as MentionContext,
  official: (mention) => (mention.speaker.label === 'Official' ? mention.speaker : null),
  // a town's delegates speak where they are; an official's remarks name the town they were made at
  town: (mention, _args, { graph }) => {
    if (mention.speaker.label === 'Town') return mention.speaker;
    return mention.town === null ? null : (graph.node.byGid(`Town:${mention.town}`) as Promise<TownRecord | null>);
  },
};
