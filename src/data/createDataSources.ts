import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { LOAD_STATEMENTS } from '../ingest/loadExtraction.js';
import { createArticleData } from './article.js';
import { createGraphExportData } from './graphExport.js';
import { createStatsData } from './stats.js';

/**
 * Builds every data module once at boot; each declares the Cypher files it runs, so a missing
 * file stops start-up here rather than failing the first request that needs it.
 */
export function createDataSources(db: GraphDatabase) {
  db.catalog.require(LOAD_STATEMENTS);
  return {
    article: createArticleData(db),
    graphExport: createGraphExportData(db),
    stats: createStatsData(db),
  };
}

export type DataSources = ReturnType<typeof createDataSources>;
