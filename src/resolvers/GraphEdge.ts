import type { MeetingRecord, NodeRecord } from '../data/records.js';
import type { GraphEdgeResolvers, MentionContext } from '../generated/resolvers.js';

export const GraphEdge: GraphEdgeResolvers = {
  source: (edge, _args, { graph }) => graph.node.byGid(edge.source) as Promise<NodeRecord>,
  target: (edge, _args, { graph }) => graph.node.byGid(edge.target) as Promise<NodeRecord>,
  role: (edge) => text(edge.properties.role),
  delegation: (edge) => text(edge.properties.delegation),
  meeting: (edge, _args, { graph }) => {
    const key = text(edge.properties.meeting);
    return key === null ? null : (graph.node.byGid(`Meeting:${key}`) as Promise<MeetingRecord | null>);
  },
  points: (edge) => (Array.isArray(edge.properties.points) ? (edge.properties.points as string[]) : null),
  context: (edge) => (typeof edge.properties.context === 'string' ? (edge.properties.context.toUpperCase() as MentionContext) : null),
  date: (edge) => text(edge.properties.date),
  // CONTAINS is structure, not a fact read from a sentence: it has no evidence
  evidence: ({ type, properties: { article, sentence, start, end } }) =>
    type === 'CONTAINS' ? null : { article: article as string, sentence: sentence as string, start: start as number, end: end as number },
};

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
