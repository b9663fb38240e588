import { computeCentrality, type Centrality, type OfficialTownLink } from '../analysis/computeCentrality.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';

/**
 * Centralities of the official–town graph. They depend on the whole graph, so they are computed
 * at most once per request (however many nodes ask) and never cached across requests, which
 * would serve stale ranks after an ingest.
 */
export function createCentralityData(db: GraphDatabase) {
  db.catalog.require(['traversal/officialTownEdges']);
  return {
    forRequest() {
      let scores: Promise<Map<string, Centrality>> | null = null;
      const all = () => (scores ??= db.read<OfficialTownLink & Record<string, unknown>>('traversal/officialTownEdges').then(computeCentrality));
      return {
        all,
        of: async (gid: string) => (await all()).get(gid) ?? null,
      };
    },
  };
}

export interface CentralityScoreRecord {
  gid: string;
  centrality: Centrality;
}

export type CentralityData = ReturnType<typeof createCentralityData>;
