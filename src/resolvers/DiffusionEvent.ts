import type { DiffusionEventResolvers } from '../generated/resolvers.js';
import { MentionContext } from '../data/enumValues.js';
import { storedValue } from './storedValue.js';

export const DiffusionEvent: DiffusionEventResolvers = {
  town: (event, _args, { graph }) => (event.town === null ? null : graph.node.find(['Town'], event.town)),
  official: (event, _args, { graph }) => (event.official === null ? null : graph.node.find(['Official'], event.official)),
  context: (event) => storedValue(MentionContext, event.context ?? MentionContext.REMARKS, `the context of a mention in ${event.article}`),
  evidence: ({ article, sentence, start, end }) => ({ article, sentence, start, end }),
};
