import { NODE_LABELS } from '../data/records.js';
import { gidOf } from '../neo4j/gid.js';
import type { GraphEdgeResolvers } from '../generated/resolvers.js';
import { MentionContext } from '../data/enumValues.js';
import { storedValue } from './storedValue.js';

export const GraphEdge: GraphEdgeResolvers = {
  source: (edge, _args, { graph }) => graph.node.get(NODE_LABELS, edge.source),
  target: (edge, _args, { graph }) => graph.node.get(NODE_LABELS, edge.target),
  role: (edge) => text(edge.properties.role),
  delegation: (edge) => text(edge.properties.delegation),
  meeting: (edge, _args, { graph }) => {
    const key = text(edge.properties.meeting);
    return key === null ? null : graph.node.find(['Meeting'], gidOf('Meeting', key));
  },
  points: (edge) => (Array.isArray(edge.properties.points) ? (edge.properties.points as string[]) : null),
  context: (edge) =>
    edge.properties.context === undefined || edge.properties.context === null
      ? null
      : storedValue(MentionContext, edge.properties.context, `the context of ${edge.type} ${edge.source} → ${edge.target}`),
  date: (edge) => text(edge.properties.date),
  // CONTAINS is structure, not a fact read from a sentence: it has no evidence
  evidence: ({ type, properties: { article, sentence, start, end } }) =>
    type === 'CONTAINS' ? null : { article: article as string, sentence: sentence as string, start: start as number, end: end as number },
};

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
