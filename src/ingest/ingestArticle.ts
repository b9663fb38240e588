import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { extractArticle, type ArticleInput } from './extractArticle.js';
import type { Gazetteer } from './gazetteer.js';
import { loadExtraction, type LoadSummary } from './loadExtraction.js';
import type { Extraction } from './types.js';

/**
 * One article in: extract, then load in one transaction. `kg ingest` and the ingestArticle mutation
 * both come through here; what extraction refuses (not Chinese text, a malformed date) is a
 * BAD_USER_INPUT DomainError saying why, raised before anything is written.
 */
export async function ingestArticle(db: GraphDatabase, input: ArticleInput, { gazetteer }: { gazetteer: Gazetteer }): Promise<LoadSummary> {
  let extraction: Extraction;
  try {
    extraction = extractArticle(input, { gazetteer });
  } catch (error) {
    throw new DomainError(ErrorCode.BadUserInput, `Cannot ingest this article: ${(error as Error).message}`, { argument: 'input' });
  }
  return loadExtraction(db, extraction);
}
