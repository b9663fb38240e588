import type { OfficialRecord } from '../data/records.js';
import type { CoAttendeeResolvers } from '../generated/resolvers.js';

export const CoAttendee: CoAttendeeResolvers = {
  official: (row, _args, { graph }) => graph.node.byGid(row.official) as Promise<OfficialRecord>,
  sharedEvents: (row) => row.events,
};
