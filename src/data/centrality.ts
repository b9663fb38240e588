import { computeCentrality, type Centrality, type OfficialTownLink } from '../analysis/computeCentrality.js';
import { bounded } from './bounded.js';
import { dateFilterParams, type DateRange } from './filterParams.js';
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
      // one computation per date range asked for in the request (the whole graph when none)
      const scores = new Map<string, Promise<Map<string, Centrality>>>();
      const all = (date?: DateRange | null) => {
        const filter = dateFilterParams(date);
        const key = JSON.stringify(filter);
        let computed = scores.get(key);
        if (!computed) {
          computed = db.read<OfficialTownLink & Record<string, unknown>>('traversal/officialTownEdges', { filter }).then(computeCentrality);
          scores.set(key, computed);
        }
        return computed;
      };
      return {
        of: async (gid: string) => (await all()).get(gid) ?? null,
        /** the top `first` nodes (of one label when given) by a measure; ties in gid order, so rankings are stable */
        async ranking({ label, by, first, date }: { label: 'Official' | 'Town' | null; by: CentralityMeasureName; first?: number | null; date?: DateRange | null }): Promise<CentralityScoreRecord[]> {
          const shown = bounded('first', first, RANKING);
          return [...(await all(date))]
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
