import neo4j from 'neo4j-driver';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';
import { toNode, toRelation, type NodeRecord, type RelationRecord } from './records.js';

export interface SearchHitRecord {
  score: number;
  result: NodeRecord | RelationRecord;
}

interface SearchQuery {
  text: string;
  /** entity labels to search names of (Official, Town …); empty searches none */
  labels: string[];
  articles: boolean;
  evidence: boolean;
  first: number;
}

// Lucene's query syntax: escaped, a client's 组长+链主 or "quoted" text is searched as written
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
/** Lucene turns each pair of characters into a clause and refuses more than 1,024: a search is a phrase, not a document. */
const MAX_SEARCH_TEXT = 100;
// label filtering happens after the entity index, so it reads this many hits per hit returned
const CANDIDATES_PER_HIT = 20;

/**
 * Full-text search over the cjk indexes (entity names and aliases, article titles and texts,
 * evidence sentences) as one ranked list. The client's text is a literal, never query syntax:
 * the terms are ORed bigrams, so 民生七有 ranks 民生七有 first and 民生七优 after it.
 */
export function createSearchData(db: GraphDatabase) {
  db.catalog.require(['search/query']);
  return {
    async search({ text, labels, articles, evidence, first }: SearchQuery): Promise<SearchHitRecord[]> {
      if (text.trim().length > MAX_SEARCH_TEXT) {
        throw new DomainError(ErrorCode.BadUserInput, `search text must be at most ${MAX_SEARCH_TEXT} characters; got ${text.trim().length}`, { argument: 'text', limit: MAX_SEARCH_TEXT });
      }
      const query = text.trim().toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`);
      if (query === '') throw new DomainError(ErrorCode.BadUserInput, 'search text must contain something to search for; got only whitespace', { argument: 'text' });
      if (first === 0) return [];
      const rows = await db.read<{ score: number; node: Params | null; relation: Params | null }>('search/query', {
        query, labels, articles, evidence, limit: neo4j.int(first), candidates: neo4j.int(first * CANDIDATES_PER_HIT),
      });
      return rows.map((row) => ({ score: row.score, result: row.node ? toNode(row.node) : toRelation(row.relation!) }));
    },
  };
}
