import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { extractArticle } from './extractArticle.js';
import type { Gazetteer } from './gazetteer.js';
import { loadExtraction, type LoadCounts } from './loadExtraction.js';
import { readArticleFile } from './readArticleFile.js';

export interface IngestReport {
  articles: { created: number; matched: number; failed: number };
  nodes: LoadCounts;
  edges: LoadCounts;
  failures: { path: string; message: string }[];
}

export interface IngestFilesOptions {
  gazetteer: Gazetteer;
  /** called after each file, whatever its outcome: the progress bar hangs here */
  onFile?: (path: string, failure: string | null) => void;
}

/**
 * Reads, extracts and loads each file in turn, one transaction per article; a file that fails
 * (unreadable, not an article, rejected by Neo4j) is recorded and the run goes on with the next.
 */
export async function ingestFiles(db: GraphDatabase, files: string[], { gazetteer, onFile = () => {} }: IngestFilesOptions): Promise<IngestReport> {
  const report: IngestReport = {
    articles: { created: 0, matched: 0, failed: 0 },
    nodes: { created: 0, matched: 0 },
    edges: { created: 0, matched: 0 },
    failures: [],
  };
  for (const path of files) {
    try {
      const file = readArticleFile(path);
      const summary = await loadExtraction(db, extractArticle(file, { gazetteer }));
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
