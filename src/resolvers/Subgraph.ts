import type { SubgraphResolvers } from '../generated/resolvers.js';
import { loadNodes } from './loadNodes.js';

export const Subgraph: SubgraphResolvers = {
  nodes: (subgraph, _args, { graph }) => loadNodes(graph, subgraph.nodes),
  edges: async (subgraph) => (await subgraph.edges()).edges.map((edge) => ({ ...edge, direction: null })),
  truncated: async (subgraph) => (await subgraph.edges()).truncated,
};
