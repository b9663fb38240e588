import type { OfficialRecord } from '../data/records.js';
import type { CoAttendancePairResolvers } from '../generated/resolvers.js';

export const CoAttendancePair: CoAttendancePairResolvers = {
  source: (pair, _args, { graph }) => graph.node.byGid(pair.source) as Promise<OfficialRecord>,
  target: (pair, _args, { graph }) => graph.node.byGid(pair.target) as Promise<OfficialRecord>,
  sharedEvents: (pair) => pair.events,
};
