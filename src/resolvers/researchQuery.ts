import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { resolveNode } from './nodeRef.js';

/**
 * The researchers' Query fields: traversals, co-attendance, diffusion and centrality. Ids are
 * checked here (right label, well formed) and names resolved to ids (resolveNode); bounds are
 * checked in the traversal data module, before any traversal's Cypher runs.
 */
export const researchQuery: QueryResolvers = {
  shortestPath: async (_parent, { from, to, fromNode, toNode, maxHops, relationshipTypes }, { data }) =>
    data.traversal.shortestPath({
      from: await resolveNode(data, from, fromNode, ['from', 'fromNode']),
      to: await resolveNode(data, to, toNode, ['to', 'toNode']),
      maxHops,
      relationshipTypes,
    }),
  allShortestPaths: async (_parent, { from, to, fromNode, toNode, maxHops, relationshipTypes, first }, { data }) =>
    data.traversal.allShortestPaths({
      from: await resolveNode(data, from, fromNode, ['from', 'fromNode']),
      to: await resolveNode(data, to, toNode, ['to', 'toNode']),
      maxHops,
      relationshipTypes,
      first,
    }),
  neighbourhood: async (_parent, { id, node, depth, labels, relationshipTypes, limit }, { data }) =>
    data.traversal.neighbourhood({ id: await resolveNode(data, id, node, ['id', 'node']), depth, labels, relationshipTypes, limit }),
  coAttendance: async (_parent, { officialId, official, minShared, first }, { data }) =>
    data.traversal.coAttendance({ official: await resolveNode(data, officialId, official, ['officialId', 'official'], ['Official']), minShared, limit: first }),
  coAttendanceNetwork: (_parent, { minShared, first, date }, { data }) => data.traversal.coAttendanceNetwork({ minShared, limit: first, date }),
  sloganDiffusion: async (_parent, { sloganId, slogan, first }, { data, graph }) => {
    const gid = await resolveNode(data, sloganId, slogan, ['sloganId', 'slogan'], ['Slogan', 'Industry']);
    const phrase = await graph.node.find(['Slogan', 'Industry'], gid);
    // as every traversal from a node that is not there: the client's mistake, naming the argument
    if (!phrase) throw new DomainError(ErrorCode.NotFound, `sloganId names no node in the graph: ${gid}`, { argument: 'sloganId' });
    return (phrase.label === 'Slogan' ? graph.slogan : graph.industry).diffusion(phrase, first);
  },
  centralityRanking: (_parent, { label, by, first, date }, { graph }) => graph.centrality.ranking({ label: label ?? null, by: by ?? 'pageRank', first, date }),
};
