import type { CentralityScoreRecord } from '../data/centrality.js';
import type { NodeLabel } from '../data/records.js';
import type { CentralityLabel, CentralityMeasure, NodeLabel as NodeLabelEnum, QueryResolvers } from '../generated/resolvers.js';
import { fromGlobalId } from './globalId.js';

const LABELS: Record<NodeLabelEnum, NodeLabel> = { OFFICIAL: 'Official', TOWN: 'Town', SLOGAN: 'Slogan', INDUSTRY: 'Industry', MEETING: 'Meeting', ARTICLE: 'Article' };
const MEASURES = { DEGREE: 'degree', BETWEENNESS: 'betweenness', PAGE_RANK: 'pageRank' } as const satisfies Record<CentralityMeasure, string>;
const RANKING_MAX = 500;

/**
 * The researchers' Query fields: traversals, co-attendance, diffusion and centrality. Ids are
 * checked here (right label, well formed) and bounds in the traversal data module, both before
 * any Cypher runs.
 */
export const researchQuery: QueryResolvers = {
  shortestPath: (_parent, { from, to, maxHops, relationshipTypes }, { data }) =>
    data.traversal.shortestPath({ from: fromGlobalId(from, 'from'), to: fromGlobalId(to, 'to'), maxHops, relationshipTypes }),
  allShortestPaths: (_parent, { from, to, maxHops, relationshipTypes, first }, { data }) =>
    data.traversal.allShortestPaths({ from: fromGlobalId(from, 'from'), to: fromGlobalId(to, 'to'), maxHops, relationshipTypes, first }),
  neighbourhood: (_parent, { id, depth, labels, relationshipTypes, limit }, { data }) =>
    data.traversal.neighbourhood({ id: fromGlobalId(id, 'id'), depth, labels: labels?.map((label) => LABELS[label]), relationshipTypes, limit }),
  coAttendance: (_parent, { officialId, minShared, first }, { data }) =>
    data.traversal.coAttendance({ official: fromGlobalId(officialId, 'officialId', ['Official']), minShared, limit: first }),
  coAttendanceNetwork: (_parent, { minShared, first }, { data }) => data.traversal.coAttendanceNetwork({ minShared, limit: first }),
  sloganDiffusion: (_parent, { sloganId, first }, { data }) =>
    data.traversal.sloganDiffusion({ slogan: fromGlobalId(sloganId, 'sloganId', ['Slogan', 'Industry']), first }),
  centralityRanking: async (_parent, { label, by, first }, { graph }) => rank(await graph.centrality.all(), label ?? null, by ?? 'PAGE_RANK', first ?? 20),
};

// ties keep a stable order (by gid) so a ranking reads the same on every request
function rank(scores: Map<string, CentralityScoreRecord['centrality']>, label: CentralityLabel | null, by: CentralityMeasure, first: number): CentralityScoreRecord[] {
  const measure = MEASURES[by];
  const prefix = label === null ? null : `${LABELS[label]}:`;
  return [...scores]
    .filter(([gid]) => prefix === null || gid.startsWith(prefix))
    .sort(([a, x], [b, y]) => y[measure] - x[measure] || a.localeCompare(b))
    .slice(0, Math.max(0, Math.min(first, RANKING_MAX)))
    .map(([gid, centrality]) => ({ gid, centrality }));
}
