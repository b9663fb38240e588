import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import { extractArticle, type ArticleInput } from './extractArticle.js';
import type { Gazetteer } from './gazetteer.js';
import type { Extraction } from './types.js';

/**
 * Extraction on the way into the graph: what it refuses (not Chinese text, a malformed date) is a
 * BAD_USER_INPUT DomainError saying why, raised before anything is written, for the mutation and
 * `kg ingest` alike.
 */
export function extractForLoad(input: ArticleInput, { gazetteer }: { gazetteer: Gazetteer }): Extraction {
  try {
    return extractArticle(input, { gazetteer });
  } catch (error) {
    throw new DomainError(ErrorCode.BadUserInput, `Cannot ingest this article: ${(error as Error).message}`, { argument: 'input' });
  }
}
