import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import type { ArticleInput } from './extractArticle.js';
import { extractForLoad } from './extractForLoad.js';
import type { Gazetteer } from './gazetteer.js';
import { loadExtraction, type LoadSummary } from './loadExtraction.js';

/**
 * One article in: extract, then load in one transaction. The ingestArticle mutation comes through
 * here (`kg ingest` batches many through ingestFiles); a refused text is BAD_USER_INPUT, raised
 * before anything is written.
 */
export async function ingestArticle(db: GraphDatabase, input: ArticleInput, { gazetteer }: { gazetteer: Gazetteer }): Promise<LoadSummary> {
  return loadExtraction(db, extractForLoad(input, { gazetteer }));
}
