import { MultiDirectedGraph } from 'graphology';
import type { GraphExportData } from '../data/graphExport.js';
import { xmlSafe } from './xmlSafe.js';

// bookkeeping of the loader, not facts a reader of the graph needs
const INTERNAL = new Set(['loadId', 'aliasText', 'gid']);

/**
 * The whole graph as a graphology MultiDirectedGraph: one node per Neo4j node, one edge per
 * relationship (several edges may join the same pair, one per reported occurrence). Article
 * texts are left out; list properties become `|`-joined strings, which GraphML and GEXF can hold.
 */
export async function readGraph(data: GraphExportData): Promise<MultiDirectedGraph> {
  const [nodes, edges] = await Promise.all([data.nodes(), data.edges()]);
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const { id, label, properties } of nodes) {
    const { text: _text, ...kept } = properties;
    graph.addNode(xmlSafe(id), { nodeType: label, ...flatten(kept) });
  }
  for (const [i, { type, source, target, properties }] of edges.entries()) {
    graph.addDirectedEdgeWithKey(`e${i}`, xmlSafe(source), xmlSafe(target), { edgeType: type, ...flatten(properties) });
  }
  return graph;
}

function flatten(properties: Record<string, unknown>): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (INTERNAL.has(name) || value === null || value === undefined) continue;
    const plain = Array.isArray(value) ? value.join('|') : (value as string | number | boolean);
    // GraphML and GEXF are XML: a control character in a scraped source would make the document unreadable
    flat[name] = typeof plain === 'string' ? xmlSafe(plain) : plain;
  }
  return flat;
}
