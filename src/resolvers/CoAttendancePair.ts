import type { CoAttendancePairResolvers } from '../generated/resolvers.js';

export const CoAttendancePair: CoAttendancePairResolvers = {
  source: (pair, _args, { graph }) => graph.node.get(['Official'], pair.source),
  target: (pair, _args, { graph }) => graph.node.get(['Official'], pair.target),
  sharedEvents: (pair) => pair.events,
};
