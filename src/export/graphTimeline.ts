import type { AbstractGraph } from 'graphology-types';
import { datePeriod } from './datePeriod.js';

/**
 * When each element is on Gephi's timeline: a dated edge for the period its date covers, a node from
 * its own date (an article's) or else its earliest dated edge on, since an official or a town exists
 * for the reader once first reported and stays; undated elements are there throughout.
 */
export function graphTimeline(graph: AbstractGraph): { nodeStarts: Map<string, string>; edgeSpans: Map<string, { start: string; end: string }> } {
  const nodeStarts = new Map<string, string>();
  const edgeSpans = new Map<string, { start: string; end: string }>();
  const startNode = (node: string, start: string) => {
    const seen = nodeStarts.get(node);
    // yyyy-mm-dd strings order as the days do
    if (seen === undefined || start < seen) nodeStarts.set(node, start);
  };
  graph.forEachEdge((edge, attributes, source, target) => {
    const span = datePeriod(attributes.date);
    if (!span) return;
    edgeSpans.set(edge, span);
    startNode(source, span.start);
    startNode(target, span.start);
  });
  graph.forEachNode((node, attributes) => {
    const own = datePeriod(attributes.date);
    if (own) nodeStarts.set(node, own.start);
  });
  return { nodeStarts, edgeSpans };
}
