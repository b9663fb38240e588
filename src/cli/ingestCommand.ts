import { SingleBar, Presets } from 'cli-progress';
import type { Config } from '../config.js';
import { expandPaths } from '../ingest/expandPaths.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { ingestFiles } from '../ingest/ingestFiles.js';
import { UsageError } from './UsageError.js';
import { openGraph } from './openGraph.js';

const USAGE = 'kg ingest [--source-from URL_WITH_{name}] PATH... (files, folders or glob patterns)';

/**
 * `kg ingest PATH...`: files, folders and globs into Neo4j with a progress bar and a summary.
 * Exits 1 when any file failed, after ingesting all the others. `--source-from` gives the page
 * address of files that have no sidecar source (its {name} is the file's name), so dates can be read from it.
 */
export async function ingestCommand(argv: string[], config: Config): Promise<number> {
  const { sourceFrom, paths: args } = sourceOption(argv);
  if (args.length === 0) throw new UsageError(USAGE);
  const gazetteer = loadGazetteer(config.gazetteerPaths);
  const { files, unmatched } = await expandPaths(args);
  for (const pattern of unmatched) console.error(`kg ingest: nothing matches ${pattern}`);
  const graph = await openGraph(config);
  // on a terminal a live bar; in a log (stderr not a terminal) a progress line every few seconds
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'ingesting [{bar}] {value}/{total} articles | {failed} failed | {eta_formatted} left',
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    Presets.shades_classic,
  );
  let failed = 0;
  bar.start(files.length, 0, { failed });
  try {
    const report = await ingestFiles(graph.db, files, {
      gazetteer,
      health: graph.health,
      outageMs: config.ingestOutageMs,
      batchSize: config.ingestBatchSize,
      sourceFrom,
      onFile: (_path, failure) => bar.increment(1, { failed: failure ? ++failed : failed }),
    });
    bar.stop();
    for (const { path, message } of report.failures) console.error(`kg ingest: ${path}: ${message}`);
    const { articles, nodes, edges } = report;
    console.log(`articles: ${articles.created} new, ${articles.matched} already present, ${articles.failed} failed`);
    console.log(`nodes:    ${nodes.created} created, ${nodes.matched} matched`);
    console.log(`edges:    ${edges.created} created, ${edges.matched} matched`);
    if (report.stopped) {
      console.error(
        `kg ingest: stopped after ${report.stopped.done} of ${report.stopped.of} files: ${report.stopped.reason}. ` +
          'Run the same command again once Neo4j is back: articles already in the graph are matched, not duplicated.',
      );
    }
    return report.failures.length || unmatched.length || report.stopped ? 1 : 0;
  } finally {
    bar.stop();
    await graph.close();
  }
}

// a template without {name} would give every file the same address, and so the same page date
function sourceOption(argv: string[]): { sourceFrom: string | null; paths: string[] } {
  const at = argv.indexOf('--source-from');
  if (at < 0) return { sourceFrom: null, paths: argv };
  const template = argv[at + 1];
  if (template === undefined || !template.includes('{name}')) throw new UsageError(`${USAGE} (got --source-from ${template ?? 'without a value'})`);
  return { sourceFrom: template, paths: [...argv.slice(0, at), ...argv.slice(at + 2)] };
}
