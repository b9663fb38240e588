import { Router } from 'express';
import type { GraphExportData } from '../data/graphExport.js';
import { DomainError } from '../errors/DomainError.js';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../export/exportGraph.js';

/**
 * `GET /export/graph.graphml`, `/export/graph.gexf`, `/export/graph.jsonl` and `/export/events.csv`:
 * the same documents `kg export` writes, as downloads a browser or `curl -O` saves under their name.
 */
export function exportRoutes({ graphExport }: { graphExport: GraphExportData }): Router {
  const router = Router();
  for (const [format, { contentType, fileName }] of Object.entries(EXPORT_FORMATS) as [ExportFormat, (typeof EXPORT_FORMATS)[ExportFormat]][]) {
    router.get(`/export/${fileName}`, async (_req, res) => {
      try {
        const body = await exportGraph(graphExport, format);
        res.type(contentType).attachment(fileName).send(body);
      } catch (error) {
        const known = error instanceof DomainError;
        res.status(known ? 503 : 500).json({ error: { code: known ? error.code : 'INTERNAL_SERVER_ERROR', message: known ? error.message : 'Export failed' } });
      }
    });
  }
  return router;
}
