import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import type { DatabaseHealth } from '../neo4j/databaseHealth.js';
import type { Gazetteer } from './gazetteer.js';
import { extractForLoad } from './extractForLoad.js';
import { loadExtractions, type LoadCounts, type LoadSummary } from './loadExtraction.js';
import { readArticleFile } from './readArticleFile.js';
import type { Extraction } from './types.js';

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
  /** articles per transaction; each still lands whole or not at all */
  batchSize?: number;
}

interface Extracted {
  path: string;
  index: number;
  extraction: Extraction;
}

/**
 * Reads, extracts and loads the files, many articles per transaction, extracting the next batch
 * while Neo4j writes the last; a file that fails (unreadable, not an article, rejected by Neo4j) is
 * recorded and the run goes on. A batch Neo4j rejects is loaded again one article per transaction,
 * so one bad article costs only itself. An outage is waited out for up to `outageMs`; past that the
 * run stops, reporting how far it got (re-running is safe: what was loaded is matched, not duplicated).
 */
export async function ingestFiles(
  db: GraphDatabase,
  files: string[],
  { gazetteer, onFile = () => {}, health, outageMs = 30_000, sourceFrom = null, batchSize = 100 }: IngestFilesOptions,
): Promise<IngestReport> {
  const report: IngestReport = {
    articles: { created: 0, matched: 0, failed: 0 },
    nodes: { created: 0, matched: 0 },
    edges: { created: 0, matched: 0 },
    failures: [],
    stopped: null,
  };
  const fail = (path: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    report.articles.failed += 1;
    report.failures.push({ path, message });
    onFile(path, message);
  };
  const record = (path: string, summary: LoadSummary) => {
    report.articles[summary.articleCreated ? 'created' : 'matched'] += 1;
    for (const kind of ['nodes', 'edges'] as const) {
      report[kind].created += summary[kind].created;
      report[kind].matched += summary[kind].matched;
    }
    onFile(path, null);
  };
  // false once Neo4j stayed away past `outageMs`: the run stops there
  const load = async (batch: Extracted[]): Promise<boolean> => {
    const extractions = batch.map((item) => item.extraction);
    let summaries: LoadSummary[] | null;
    try {
      summaries = await loadOutlasting(() => loadExtractions(db, extractions), health, outageMs);
    } catch (error) {
      if (batch.length === 1) {
        fail(batch[0]!.path, error);
        return true;
      }
      for (const item of batch) if (!(await load([item]))) return false;
      return true;
    }
    if (!summaries) {
      report.stopped = { done: batch[0]!.index, of: files.length, reason: `Neo4j has been unavailable for more than ${Math.round(outageMs / 1000)} s` };
      return false;
    }
    summaries.forEach((summary, i) => record(batch[i]!.path, summary));
    return true;
  };

  let loading = Promise.resolve(true);
  let batch: Extracted[] = [];
  const flush = async (): Promise<boolean> => {
    if (!(await loading)) return false;
    loading = load(batch);
    batch = [];
    return true;
  };
  for (const [index, path] of files.entries()) {
    let extraction: Extraction;
    try {
      const file = readArticleFile(path, sourceFrom);
      extraction = extractForLoad(file, { gazetteer });
    } catch (error) {
      fail(path, error);
      continue;
    }
    // the same text twice is one article: a batch holds it once, the second copy comes after it
    if (batch.some((item) => item.extraction.article.id === extraction.article.id) && !(await flush())) return report;
    batch.push({ path, index, extraction });
    if (batch.length >= batchSize && !(await flush())) return report;
    // extraction is synchronous: let the driver read the last batch's answers between articles
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (batch.length) await flush();
  await loading;
  return report;
}

// a load that meets an outage waits for the database (up to `outageMs` in all) and tries again;
// null when it stayed away that long. Each load is one transaction, so trying again is safe
async function loadOutlasting<T>(load: () => Promise<T>, health: DatabaseHealth | undefined, outageMs: number): Promise<T | null> {
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
