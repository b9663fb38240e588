import { gidOf, splitGid } from '../neo4j/gid.js';
import type { SharedEventResolvers } from '../generated/resolvers.js';

export const SharedEvent: SharedEventResolvers = {
  town: (event, _args, { graph }) => graph.node.find(['Town'], event.place),
  meeting: (event, _args, { graph }) => {
    if (splitGid(event.place).label === 'Meeting') return graph.node.find(['Meeting'], event.place);
    return event.meeting === null ? null : graph.node.find(['Meeting'], gidOf('Meeting', event.meeting));
  },
  article: (event, _args, { graph }) => graph.node.get(['Article'], gidOf('Article', event.article)),
};
