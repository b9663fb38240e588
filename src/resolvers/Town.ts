import type { TownResolvers } from '../generated/resolvers.js';
import { TownKind } from '../data/enumValues.js';
import { toGlobalId } from './globalId.js';
import { listQuery } from './pageArgs.js';
import { storedValue } from './storedValue.js';
import { articleQuery, attendanceQuery, directiveQuery, mentionQuery, officialQuery, phraseQuery } from './listArgs.js';

export const Town: TownResolvers = {
  centrality: (town, _args, { graph }) => graph.centrality.of(town.gid),
  id: (town) => toGlobalId(town.gid),
  kind: (town) => storedValue(TownKind, town.kind, `the kind of ${town.gid}`),
  articles: (town, args, { graph }) => graph.node.articles(town.gid, articleQuery(args)),
  attendances: (town, args, { graph }) => graph.town.attendances(town.key, attendanceQuery(args)),
  directives: (town, args, { graph }) => graph.town.directives(town.key, directiveQuery(args)),
  mentions: (town, args, { graph }) => graph.town.mentions(town.key, mentionQuery(args)),
  attendees: (town, args, { graph }) => graph.town.attendees(town.key, officialQuery(args)),
  directors: (town, args, { graph }) => graph.town.directors(town.key, officialQuery(args)),
  slogans: (town, args, { graph }) => graph.town.slogans(town.key, phraseQuery(args)),
  industries: (town, args, { graph }) => graph.town.industries(town.key, phraseQuery(args)),
  timeline: async (town, { first, date }, { graph }) => (await graph.town.timeline(town.key, listQuery({ first }, date, 'DATE'))).items,
};
