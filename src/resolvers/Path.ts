import type { PathResolvers } from '../generated/resolvers.js';
import { loadNodes } from './loadNodes.js';

export const Path: PathResolvers = {
  length: (path) => path.edges.length,
  nodes: (path, _args, { graph }) => loadNodes(graph, path.nodes),
  // edge i joins nodes i and i+1; the path may walk it against its own direction
  edges: (path) => path.edges.map((edge, i) => ({ ...edge, direction: edge.source === path.nodes[i] ? 'FORWARD' : 'BACKWARD' })),
};
