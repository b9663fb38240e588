import type { Config } from '../config.js';
import { extractArticle } from '../ingest/extractArticle.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { readArticleFile } from '../ingest/readArticleFile.js';
import { UsageError } from './UsageError.js';

/** `kg extract FILE`: the extraction as one JSON document on stdout, without touching Neo4j. */
export async function extractCommand(args: string[], config: Config): Promise<number> {
  if (args.length !== 1) throw new UsageError('kg extract FILE (exactly one file)');
  const extraction = extractArticle(readArticleFile(args[0]!), { gazetteer: loadGazetteer(config.gazetteerPaths) });
  process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
  return 0;
}
