import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import type { DatabaseHealth } from '../neo4j/databaseHealth.js';
import type { Gazetteer } from './gazetteer.js';
import { ingestArticle } from './ingestArticle.js';
import type { LoadCounts, LoadSummary } from './loadExtraction.js';
import { readArticleFile } from './readArticleFile.js';

export interface IngestReport {
  articles: { created: number; matched: number; failed: number };
  nodes: LoadCounts;
  edges: LoadCounts;
  failures: { path: string; message: string }[];
  /** set when the run stopped early because Neo4j stayed away: how far it got */
  stopped: { done: number; of: number; reason: string } | null;
}

interface IngestFilesOptions {
  gazetteer: Gazetteer;
  /** called after each file, whatever its outcome: the progress bar hangs here */
  onFile?: (path: string, failure: string | null) => void;
  /** the database's availability: an outage is waited out, up to `outageMs`, instead of failing every file */
  health?: DatabaseHealth;
  outageMs?: number;
  /** a page address with {name} for files without a sidecar source (kg ingest --source-from) */
  sourceFrom?: string | null;
}

/**
 * Reads, extracts and loads each file in turn, one transaction per article; a file that fails
 * (unreadable, not an article, rejected by Neo4j) is recorded and the run goes on with the next.
 * An outage of Neo4j is waited out for up to `outageMs`; past that the run stops, reporting how
 * far it got (re-running is safe: what was loaded is matched, not duplicated).
 */
export async function ingestFiles(
  db: GraphDatabase,
  files: string[],
  { gazetteer, onFile = () => {}, health, outageMs = 30_000, sourceFrom = null }: IngestFilesOptions,
): Promise<IngestReport> {
  const report: IngestReport = {
    articles: { created: 0, matched: 0, failed: 0 },
    nodes: { created: 0, matched: 0 },
    edges: { created: 0, matched: 0 },
    failures: [],
    stopped: null,
  };
  for (const [index, path] of files.entries()) {
    try {
      const file = readArticleFile(path, sourceFrom);
      const summary = await loadOutlasting(() => ingestArticle(db, file, { gazetteer }), health, outageMs);
      if (!summary) {
        report.stopped = { done: index, of: files.length, reason: `Neo4j has been unavailable for more than ${Math.round(outageMs / 1000)} s` };
        return report;
      }
      report.articles[summary.articleCreated ? 'created' : 'matched'] += 1;
      for (const kind of ['nodes', 'edges'] as const) {
        report[kind].created += summary[kind].created;
        report[kind].matched += summary[kind].matched;
      }
      onFile(path, null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report.articles.failed += 1;
      report.failures.push({ path, message });
      onFile(path, message);
    }
  }
  return report;
}

// a load that meets an outage waits for the database (up to `outageMs` in all) and tries again;
// null when it stayed away that long. Each load is one transaction, so trying again is safe
async function loadOutlasting(load: () => Promise<LoadSummary>, health: DatabaseHealth | undefined, outageMs: number): Promise<LoadSummary | null> {
  const deadline = Date.now() + outageMs;
  for (;;) {
    try {
      return await load();
    } catch (error) {
      const unavailable = error instanceof DomainError && error.code === ErrorCode.DatabaseUnavailable;
      if (!unavailable || !health) throw error;
      if (health.status().state === 'up') health.markDown('it does not answer');
      const left = deadline - Date.now();
      if (left <= 0 || !(await health.waitUntilUp(left))) return null;
    }
  }
}
