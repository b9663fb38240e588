import { gidOf } from '../neo4j/gid.js';
import type { AttendanceResolvers } from '../generated/resolvers.js';
import { dateSourceOf } from './dateSourceOf.js';

export const Attendance: AttendanceResolvers = {
  dateSource: (attendance) => dateSourceOf(attendance.dateSource, `the date of an attendance in ${attendance.evidence.article}`),
  town: (attendance) => (attendance.target.label === 'Town' ? attendance.target : null),
  // a town group's attendance names its meeting by key: one batched lookup for all of them
  meeting: (attendance, _args, { graph }) => {
    if (attendance.target.label === 'Meeting') return attendance.target;
    return attendance.meeting === null ? null : graph.node.find(['Meeting'], gidOf('Meeting', attendance.meeting));
  },
};
