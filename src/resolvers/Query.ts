import { hasLabel, type NodeLabel, type NodeOf, type NodeRecord } from '../data/records.js';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { QueryResolvers, SearchType } from '../generated/resolvers.js';
import type { Context } from '../context/createContext.js';
import { fromGlobalId } from './globalId.js';
import { articleQuery, meetingQuery, officialQuery, phraseQuery, townQuery } from './listArgs.js';
import { pageSize } from './pageArgs.js';
import { researchQuery } from './researchQuery.js';

const ENTITY_LABELS: Partial<Record<SearchType, NodeLabel>> = {
  OFFICIAL: 'Official',
  TOWN: 'Town',
  SLOGAN: 'Slogan',
  INDUSTRY: 'Industry',
  MEETING: 'Meeting',
};

export const Query: QueryResolvers = {
  ...researchQuery,
  stats: (_parent, _args, { data }) => data.stats.counts(),
  node: (_parent, { id }, { graph }) => graph.node.byGid(fromGlobalId(id, 'id')),
  official: (_parent, { id, name, jurisdiction }, context) =>
    lookup(context, 'Official', id, name, () => context.graph.official.byName(name!, jurisdiction ?? null)),
  town: (_parent, { id, name, parent }, context) => lookup(context, 'Town', id, name, () => context.graph.town.byName(name!, parent ?? null)),
  slogan: (_parent, { id, text }, context) => lookup(context, 'Slogan', id, text, () => context.graph.slogan.byName(text!)),
  industry: (_parent, { id, name }, context) => lookup(context, 'Industry', id, name, () => context.graph.industry.byName(name!)),
  meeting: (_parent, { id, name }, context) => lookup(context, 'Meeting', id, name, () => context.graph.meeting.byName(name!)),
  article: (_parent, { id }, { graph }) => graph.node.find(['Article'], fromGlobalId(id, 'id', ['Article'])),
  officials: (_parent, args, { graph }) => graph.official.list(officialQuery(args)),
  towns: (_parent, args, { graph }) => graph.town.list(townQuery(args)),
  slogans: (_parent, args, { graph }) => graph.slogan.list(phraseQuery(args)),
  industries: (_parent, args, { graph }) => graph.industry.list(phraseQuery(args)),
  meetings: (_parent, args, { graph }) => graph.meeting.list(meetingQuery(args)),
  articles: (_parent, args, { graph }) => graph.article.list(articleQuery(args)),
  search: (_parent, { text, types, first }, { data }) => {
    const asked = types?.length ? types : (Object.keys(ENTITY_LABELS) as SearchType[]).concat('ARTICLE', 'EVIDENCE');
    return data.search.search({
      text,
      first: pageSize(first),
      articles: asked.includes('ARTICLE'),
      evidence: asked.includes('EVIDENCE'),
      labels: asked.flatMap((type) => ENTITY_LABELS[type] ?? []),
    });
  },
};

/**
 * A lookup takes exactly one of id and name: both could disagree, neither names anything. By
 * id it answers null for an unknown node, as `node(id:)` does.
 */
async function lookup<L extends NodeLabel>(
  context: Context,
  label: L,
  id: string | null | undefined,
  name: string | null | undefined,
  byName: () => Promise<NodeRecord | null>,
): Promise<NodeOf<L> | null> {
  if ((id == null) === (name == null)) {
    throw new DomainError(ErrorCode.BadUserInput, `Pass exactly one of id and ${label === 'Slogan' ? 'text' : 'name'} to look up a ${label}`, {
      argument: 'id',
    });
  }
  const node = id != null ? await context.graph.node.byGid(fromGlobalId(id, 'id', [label])) : await byName();
  return node !== null && hasLabel(node, [label]) ? node : null;
}
