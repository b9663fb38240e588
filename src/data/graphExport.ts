import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';

export interface ExportNode {
  /** the global id, Label:key */
  id: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface ExportEdge {
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export type EventRow = Record<string, unknown>;

export interface GraphExportData {
  nodes(): Promise<ExportNode[]>;
  edges(): Promise<ExportEdge[]>;
  /** the event table: one row per ATTENDED, DIRECTED or MENTIONS edge */
  events(): Promise<EventRow[]>;
}

/** Whole-graph reads for exports and graph-wide analysis (centrality). */
export function createGraphExportData(db: GraphDatabase): GraphExportData {
  db.catalog.require(['export/nodes', 'export/edges', 'export/events']);
  return {
    nodes: () => db.read<ExportNode & Record<string, unknown>>('export/nodes'),
    edges: () => db.read<ExportEdge & Record<string, unknown>>('export/edges'),
    events: () => db.read('export/events'),
  };
}
