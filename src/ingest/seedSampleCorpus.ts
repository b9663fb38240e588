import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { expandPaths } from './expandPaths.js';
import type { Gazetteer } from './gazetteer.js';
import { ingestFiles, type IngestReport } from './ingestFiles.js';

/**
 * Loads the sample corpus into an empty graph, so a newcomer's first `npm start` has data to
 * explore; a graph that holds any article is left as it is.
 */
export async function seedSampleCorpus(db: GraphDatabase, corpusDir: string, gazetteer: Gazetteer): Promise<IngestReport | null> {
  const [row] = await db.read<{ articles: number }>('article/count');
  if ((row?.articles ?? 0) > 0) return null;
  const { files } = await expandPaths([corpusDir]);
  return ingestFiles(db, files, { gazetteer });
}
