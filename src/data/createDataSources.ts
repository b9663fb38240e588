import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { createStatsData } from './stats.js';

/**
 * Builds every data module once at boot; each declares the Cypher files it runs, so a missing
 * file stops start-up here rather than failing the first request that needs it.
 */
export function createDataSources(db: GraphDatabase) {
  return {
    stats: createStatsData(db),
  };
}

export type DataSources = ReturnType<typeof createDataSources>;
