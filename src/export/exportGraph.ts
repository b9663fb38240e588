import { stringify } from 'csv-stringify/sync';
import type { GraphExportData } from '../data/graphExport.js';
import { csvSafe } from './csvSafe.js';
import { readGraph } from './readGraph.js';
import { writeGexf } from './writeGexf.js';
import { writeGraphml } from './writeGraphml.js';

export const EXPORT_FORMATS = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', fileName: 'graph.graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', fileName: 'graph.gexf' },
  csv: { contentType: 'text/csv; charset=utf-8', fileName: 'events.csv' },
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', fileName: 'graph.jsonl' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

const EVENT_COLUMNS = [
  'date',
  'official',
  'jurisdiction',
  'role',
  'relation',
  'town',
  'meeting',
  'slogan',
  'industry',
  'points',
  'articleTitle',
  'articleSource',
  'articleId',
  'evidence',
  'start',
  'end',
];

/**
 * The graph in a format researchers' tools open: GraphML (yEd, NetworkX), GEXF (Gephi), JSON Lines
 * (one node or edge per line), or CSV, an event table (one row per reported event) with a BOM so
 * spreadsheet programs read the Chinese text as UTF-8.
 */
export async function exportGraph(data: GraphExportData, format: ExportFormat): Promise<string> {
  if (format === 'csv') {
    const rows = (await data.events()).map((row) => EVENT_COLUMNS.map((column) => formatCell(row[column])));
    return `\uFEFF${stringify([EVENT_COLUMNS, ...rows])}`;
  }
  if (format === 'jsonl') {
    // JSON keeps lists and numbers as they are in Neo4j, so this one reads the rows unflattened
    const [nodes, edges] = await Promise.all([data.nodes(), data.edges()]);
    const lines = [
      ...nodes.map(({ id, label, properties: { text: _text, ...properties } }) => JSON.stringify({ kind: 'node', id, label, properties })),
      ...edges.map(({ type, source, target, properties }) => JSON.stringify({ kind: 'edge', type, source, target, properties })),
    ];
    return `${lines.join('\n')}\n`;
  }
  const graph = await readGraph(data);
  return format === 'graphml' ? writeGraphml(graph) : writeGexf(graph);
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return csvSafe(value.join('; '));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return csvSafe(String(value));
  return csvSafe(JSON.stringify(value));
}
