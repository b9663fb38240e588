import type { MeetingBody, MeetingResolvers } from '../generated/resolvers.js';
import { toGlobalId } from './globalId.js';
import { articleQuery, attendanceQuery, officialQuery, townQuery } from './listArgs.js';

export const Meeting: MeetingResolvers = {
  id: (meeting) => toGlobalId(meeting.gid),
  body: (meeting) => meeting.body as MeetingBody,
  articles: (meeting, args, { graph }) => graph.node.articles(meeting.gid, articleQuery(args)),
  attendances: (meeting, args, { graph }) => graph.meeting.attendances(meeting.key, attendanceQuery(args)),
  attendees: (meeting, args, { graph }) => graph.meeting.attendees(meeting.key, officialQuery(args)),
  towns: (meeting, args, { graph }) => graph.meeting.towns(meeting.key, townQuery(args)),
};
