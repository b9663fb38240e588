import type { ArticleRecord, MeetingRecord, TownRecord } from '../data/records.js';
import type { SharedEventResolvers } from '../generated/resolvers.js';

export const SharedEvent: SharedEventResolvers = {
  town: (event, _args, { graph }) => (event.place.startsWith('Town:') ? (graph.node.byGid(event.place) as Promise<TownRecord>) : null),
  meeting: (event, _args, { graph }) => {
    if (event.place.startsWith('Meeting:')) return graph.node.byGid(event.place) as Promise<MeetingRecord>;
    return event.meeting === null ? null : (graph.node.byGid(`Meeting:${event.meeting}`) as Promise<MeetingRecord | null>);
  },
  article: (event, _args, { graph }) => graph.node.byGid(`Article:${event.article}`) as Promise<ArticleRecord>,
};
