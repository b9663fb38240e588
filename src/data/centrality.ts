import { computeCentrality, type Centrality, type OfficialTownLink } from '../analysis/computeCentrality.js';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';

export type CentralityMeasureName = 'degree' | 'betweenness' | 'pageRank';
const RANKING_MAX = 500;

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
        of: async (gid: string) => (await all()).get(gid) ?? null,
        /** the top `first` nodes (of one label when given) by a measure; ties in gid order, so rankings are stable */
        async ranking({ label, by, first }: { label: 'Official' | 'Town' | null; by: CentralityMeasureName; first: number }): Promise<CentralityScoreRecord[]> {
          if (!Number.isInteger(first) || first < 1 || first > RANKING_MAX) {
            throw new DomainError(ErrorCode.BadUserInput, `first must be an integer from 1 to ${RANKING_MAX}, got ${first}`, { argument: 'first' });
          }
          const prefix = label === null ? '' : `${label}:`;
          return [...(await all())]
            .filter(([gid]) => gid.startsWith(prefix))
            .sort(([a, x], [b, y]) => y[by] - x[by] || (a < b ? -1 : a > b ? 1 : 0))
            .slice(0, first)
            .map(([gid, centrality]) => ({ gid, centrality }));
        },
      };
    },
  };
}

export interface CentralityScoreRecord {
  gid: string;
  centrality: Centrality;
}

export type CentralityData = ReturnType<typeof createCentralityData>;
