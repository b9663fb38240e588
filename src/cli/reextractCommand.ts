import { Presets, SingleBar } from 'cli-progress';
import type { Config } from '../config.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { allArticleIds, reextractArticles } from '../ingest/reextractArticles.js';
import { UsageError } from './UsageError.js';
import { openGraph } from './openGraph.js';

const USAGE = 'kg reextract --all | ARTICLE_ID... (article ids, sha256 hex)';
const ARTICLE_ID = /^[0-9a-f]{64}$/;

/**
 * `kg reextract --all | ID...`: runs the current extractor over stored article texts and replaces
 * each article's facts, one transaction per article, with a progress bar and a summary of what
 * changed. Exits 1 when an article failed or was not found, after doing all the others.
 */
export async function reextractCommand(args: string[], config: Config): Promise<number> {
  const all = args.includes('--all');
  const ids = args.filter((arg) => arg !== '--all');
  if (all === ids.length > 0) throw new UsageError(USAGE);
  const malformed = ids.find((id) => !ARTICLE_ID.test(id));
  if (malformed) throw new UsageError(`${USAGE}; got '${malformed}'`);
  const gazetteer = loadGazetteer(config.gazetteerPaths);
  const graph = await openGraph(config);
  const bar = new SingleBar(
    { stream: process.stderr, format: 're-extracting [{bar}] {value}/{total} articles | {failed} failed | {eta_formatted} left' },
    Presets.shades_classic,
  );
  try {
    const total = all ? ((await graph.db.read<{ articles: number }>('article/count'))[0]?.articles ?? 0) : ids.length;
    let failed = 0;
    bar.start(total, 0, { failed });
    const report = await reextractArticles(graph.db, all ? allArticleIds(graph.db) : ids, {
      gazetteer,
      onArticle: (_id, failure) => bar.increment(1, { failed: failure ? ++failed : failed }),
    });
    bar.stop();
    for (const { id, message } of report.failures) console.error(`kg reextract: ${id}: ${message}`);
    for (const id of report.missing) console.error(`kg reextract: ${id}: no such article`);
    const { articles, edges, entities } = report;
    console.log(
      `articles: ${articles.reextracted} re-extracted (${articles.changed} changed, ${articles.unchanged} unchanged, ${articles.rekeyed} re-keyed), ${articles.missing} not found, ${articles.failed} failed`,
    );
    console.log(`edges:    ${edges.added} added, ${edges.removed} removed, ${edges.kept} kept`);
    console.log(`entities: ${entities.created} created, ${entities.deleted} deleted (no article supports them any more)`);
    if (articles.failed > 0) console.error('kg reextract: the failed articles were left as they were; run the same command again to retry them');
    return articles.failed > 0 || articles.missing > 0 ? 1 : 0;
  } finally {
    bar.stop();
    await graph.close();
  }
}
