import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { createGraphExportData } from '../data/graphExport.js';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../export/exportGraph.js';
import { openGraph } from './openGraph.js';
import { UsageError } from './UsageError.js';

const USAGE = `kg export --format ${Object.keys(EXPORT_FORMATS).join('|')} [--out FILE]`;

/** `kg export`: the graph as GraphML, GEXF, JSON Lines or a CSV event table, to a file or stdout. */
export async function exportCommand(args: string[], config: Config): Promise<number> {
  let values: { format?: string; out?: string };
  try {
    ({ values } = parseArgs({ args, options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } } }));
  } catch (error) {
    throw new UsageError(`${USAGE} (${(error as Error).message})`);
  }
  if (!values.format || !(values.format in EXPORT_FORMATS)) throw new UsageError(`${USAGE} (got --format ${values.format ?? 'nothing'})`);
  const graph = await openGraph(config);
  try {
    const document = await exportGraph(createGraphExportData(graph.db), values.format as ExportFormat);
    if (values.out) {
      writeFileSync(values.out, document);
      console.error(`kg export: wrote ${values.out} (${Buffer.byteLength(document)} bytes)`);
    } else {
      process.stdout.write(document);
    }
    return 0;
  } finally {
    await graph.close();
  }
}
