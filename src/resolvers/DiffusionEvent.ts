import type { OfficialRecord, TownRecord } from '../data/records.js';
import type { DiffusionEventResolvers, MentionContext } from '../generated/resolvers.js';

export const DiffusionEvent: DiffusionEventResolvers = {
  town: (event, _args, { graph }) => (event.town === null ? null : (graph.node.byGid(event.town) as Promise<TownRecord | null>)),
  official: (event, _args, { graph }) => (event.official === null ? null : (graph.node.byGid(event.official) as Promise<OfficialRecord | null>)),
  context: (event) => (event.context ?? 'remarks').toUpperCase() as MentionContext,
  evidence: ({ article, sentence, start, end }) => ({ article, sentence, start, end }),
};
