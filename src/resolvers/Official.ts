import type { OfficialResolvers } from '../generated/resolvers.js';
import { toGlobalId } from './globalId.js';
import { articleQuery, attendanceQuery, directiveQuery, meetingQuery, mentionQuery, officialQuery, phraseQuery, townQuery } from './listArgs.js';

export const Official: OfficialResolvers = {
  centrality: (official, _args, { graph }) => graph.centrality.of(official.gid),
  id: (official) => toGlobalId(official.gid),
  articles: (official, args, { graph }) => graph.node.articles(official.gid, articleQuery(args)),
  attendances: (official, args, { graph }) => graph.official.attendances(official.key, attendanceQuery(args)),
  directives: (official, args, { graph }) => graph.official.directives(official.key, directiveQuery(args)),
  mentions: (official, args, { graph }) => graph.official.mentions(official.key, mentionQuery(args)),
  towns: (official, args, { graph }) => graph.official.towns(official.key, townQuery(args)),
  meetings: (official, args, { graph }) => graph.official.meetings(official.key, meetingQuery(args)),
  slogans: (official, args, { graph }) => graph.official.slogans(official.key, phraseQuery(args)),
  industries: (official, args, { graph }) => graph.official.industries(official.key, phraseQuery(args)),
  career: (official, _args, { graph }) => graph.official.career(official.key),
  coAttendees: (official, args, { graph }) => graph.official.coAttendees(official.key, officialQuery(args)),
};
