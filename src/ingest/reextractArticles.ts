import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import type { ReextractOptions, ReextractSummary } from './reextractArticle.js';
import { reextractArticle } from './reextractArticle.js';

interface ReextractReport {
  articles: { reextracted: number; changed: number; unchanged: number; rekeyed: number; missing: number; failed: number };
  edges: { added: number; removed: number; kept: number };
  entities: { created: number; deleted: number };
  failures: { id: string; message: string }[];
  missing: string[];
}

interface ReextractArticlesOptions extends ReextractOptions {
  /** called after each article, whatever its outcome: the progress bar hangs here */
  onArticle?: (id: string, failure: string | null) => void;
}

const PAGE = 500;

/** Every article id in the graph, read a page at a time so a large graph is never held at once. */
export async function* allArticleIds(db: GraphDatabase): AsyncGenerator<string> {
  for (let after = ''; ;) {
    const rows = await db.read<{ id: string }>('article/ids', { after, limit: neo4j.int(PAGE) });
    for (const { id } of rows) yield id;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Re-extracts each article in its own transaction, so an interruption or a failure leaves every
 * article either fully as it was or fully re-extracted; a failed article is recorded and the run
 * goes on. Re-running is safe: an article already up to date comes out unchanged.
 */
export async function reextractArticles(
  db: GraphDatabase,
  ids: AsyncIterable<string> | Iterable<string>,
  options: ReextractArticlesOptions,
): Promise<ReextractReport> {
  const { onArticle = () => {}, ...extract } = options;
  const report: ReextractReport = {
    articles: { reextracted: 0, changed: 0, unchanged: 0, rekeyed: 0, missing: 0, failed: 0 },
    edges: { added: 0, removed: 0, kept: 0 },
    entities: { created: 0, deleted: 0 },
    failures: [],
    missing: [],
  };
  for await (const id of ids) {
    let summary: ReextractSummary | null;
    try {
      summary = await reextractArticle(db, id, extract);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report.articles.failed += 1;
      report.failures.push({ id, message });
      onArticle(id, message);
      continue;
    }
    if (!summary) {
      report.articles.missing += 1;
      report.missing.push(id);
      onArticle(id, 'no such article');
      continue;
    }
    report.articles.reextracted += 1;
    report.articles[summary.changed ? 'changed' : 'unchanged'] += 1;
    if (summary.articleId !== summary.previousId) report.articles.rekeyed += 1;
    for (const key of ['added', 'removed', 'kept'] as const) report.edges[key] += summary.edges[key];
    report.entities.created += summary.entities.created;
    report.entities.deleted += summary.entities.deleted;
    onArticle(id, null);
  }
  return report;
}
