import { UndirectedGraph } from 'graphology';
import { betweenness as betweennessCentrality, degree as degreeCentrality, pagerank } from 'graphology-metrics/centrality/index.js';

export interface Centrality {
  /** number of distinct counterparts (towns for an official, officials for a town) */
  degree: number;
  /** degree divided by the number of other nodes, comparable across graphs of any size */
  degreeCentrality: number;
  /** normalized betweenness: how often the node lies on shortest paths between two others */
  betweenness: number;
  pageRank: number;
}

export interface OfficialTownLink {
  official: string;
  town: string;
  weight: number;
}

/**
 * Centralities of the official–town graph (one undirected link per official and town that met,
 * weighted by how often), computed with graphology-metrics rather than by hand; keyed by global id.
 */
export function computeCentrality(links: readonly OfficialTownLink[]): Map<string, Centrality> {
  const graph = new UndirectedGraph();
  for (const { official, town, weight } of links) {
    graph.mergeNode(official);
    graph.mergeNode(town);
    graph.mergeEdge(official, town, { weight });
  }
  const result = new Map<string, Centrality>();
  if (graph.order === 0) return result;
  const degree = degreeCentrality(graph);
  const betweenness = betweennessCentrality(graph, { normalized: true });
  const rank = pagerank(graph, { getEdgeWeight: 'weight' });
  graph.forEachNode((node) => {
    result.set(node, { degree: graph.degree(node), degreeCentrality: degree[node] ?? 0, betweenness: betweenness[node] ?? 0, pageRank: rank[node] ?? 0 });
  });
  return result;
}
