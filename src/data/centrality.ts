import { computeCentrality, type Centrality, type OfficialTownLink } from '../analysis/computeCentrality.js';
import { bounded } from './bounded.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { splitGid } from '../neo4j/gid.js';

type CentralityMeasureName = 'degree' | 'betweenness' | 'pageRank';
const RANKING = { min: 1, max: 500, default: 20 };

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
        async ranking({ label, by, first }: { label: 'Official' | 'Town' | null; by: CentralityMeasureName; first?: number | null }): Promise<CentralityScoreRecord[]> {
          const shown = bounded('first', first, RANKING);
          return [...(await all())]
            .filter(([gid]) => label === null || splitGid(gid).label === label)
            .sort(([a, x], [b, y]) => y[by] - x[by] || (a < b ? -1 : a > b ? 1 : 0))
            .slice(0, shown)
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
