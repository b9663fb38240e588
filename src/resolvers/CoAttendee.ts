import type { CoAttendeeResolvers } from '../generated/resolvers.js';

export const CoAttendee: CoAttendeeResolvers = {
  official: (row, _args, { graph }) => graph.node.get(['Official'], row.official),
  sharedEvents: (row) => row.events,
};
