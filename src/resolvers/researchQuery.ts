import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { fromGlobalId } from './globalId.js';

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
    data.traversal.neighbourhood({ id: fromGlobalId(id, 'id'), depth, labels, relationshipTypes, limit }),
  coAttendance: (_parent, { officialId, minShared, first }, { data }) =>
    data.traversal.coAttendance({ official: fromGlobalId(officialId, 'officialId', ['Official']), minShared, limit: first }),
  coAttendanceNetwork: (_parent, { minShared, first, date }, { data }) => data.traversal.coAttendanceNetwork({ minShared, limit: first, date }),
  sloganDiffusion: async (_parent, { sloganId, first }, { graph }) => {
    const gid = fromGlobalId(sloganId, 'sloganId', ['Slogan', 'Industry']);
    const phrase = await graph.node.find(['Slogan', 'Industry'], gid);
    // as every traversal from a node that is not there: the client's mistake, naming the argument
    if (!phrase) throw new DomainError(ErrorCode.NotFound, `sloganId names no node in the graph: ${gid}`, { argument: 'sloganId' });
    return (phrase.label === 'Slogan' ? graph.slogan : graph.industry).diffusion(phrase, first);
  },
  centralityRanking: (_parent, { label, by, first, date }, { graph }) => graph.centrality.ranking({ label: label ?? null, by: by ?? 'pageRank', first, date }),
};
