import { bounded } from './bounded.js';
import { dateFilterParams, type DateRange } from './filterParams.js';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { NODE_LABELS } from './records.js';

const RELATIONSHIP_TYPES = ['ATTENDED', 'DIRECTED', 'MENTIONS', 'CONTAINS'];
/** facts only: CONTAINS would make every two entities of one article two hops apart */
const DEFAULT_TYPES = ['ATTENDED', 'DIRECTED', 'MENTIONS'];

/** a neighbourhood's edges are bounded too: many reports of one fact can join the same two nodes */
const EDGES_PER_NODE = 20;

export const LIMITS = {
  maxHops: { min: 1, max: 10, default: 6 },
  pathsFirst: { min: 1, max: 50, default: 10 },
  depth: { min: 1, max: 3, default: 1 },
  neighbourhoodLimit: { min: 1, max: 500, default: 100 },
  minShared: { min: 1, max: 1000, default: 1 },
  listLimit: { min: 1, max: 1000, default: 100 },
} as const;

export interface TraversalEdge {
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** an edge as a path walks it: FORWARD along its own direction, BACKWARD against it, null outside a path */
export interface DirectedEdge extends TraversalEdge {
  direction: 'FORWARD' | 'BACKWARD' | null;
}

export interface TraversalPath {
  /** global ids (Label:key) in path order */
  nodes: string[];
  edges: TraversalEdge[];
}

/** The edges among a neighbourhood's nodes, read only when a client asks for edges or truncation. */
export interface SubgraphEdges {
  edges: TraversalEdge[];
  /** true when the node limit or the edge bound (20 per node) cut the neighbourhood short */
  truncated: boolean;
}

export interface Subgraph {
  nodes: string[];
  /** read once, on first call: a client asking only for nodes costs no edge statement */
  edges(): Promise<SubgraphEdges>;
}

export interface SharedEvent {
  event: string;
  place: string;
  meeting: string | null;
  article: string;
  date: string | null;
}

export interface CoAttendee {
  official: string;
  weight: number;
  events: SharedEvent[];
}

export interface CoAttendancePair {
  source: string;
  target: string;
  weight: number;
  events: SharedEvent[];
}

export interface DiffusionEvent {
  date: string | null;
  town: string | null;
  official: string | null;
  article: string;
  sentence: string;
  start: number;
  end: number;
  context: string | null;
}

export interface Diffusion {
  subject: string;
  events: DiffusionEvent[];
  /** how many events the timeline shows */
  first: number;
}

interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  relationshipTypes?: readonly string[] | null;
}

interface NeighbourhoodArgs {
  id: string;
  depth?: number | null;
  labels?: readonly string[] | null;
  relationshipTypes?: readonly string[] | null;
  limit?: number | null;
}

/**
 * Researchers' traversals over global ids (Label:key): shortest paths, bounded neighbourhoods,
 * co-attendance and slogan diffusion. Every bound is checked here, before any Cypher runs, so a
 * request past one is a BAD_USER_INPUT naming the bound, never a runaway query.
 */
export function createTraversalData(db: GraphDatabase) {
  db.catalog.require(['traversal/nodesByGid', 'traversal/shortestPath', 'traversal/allShortestPaths', 'traversal/neighbours', 'traversal/edgesAmong',
    'traversal/coAttendance', 'traversal/coAttendanceNetwork']);

  // every traversal treats a node that is not there the same way: the client's mistake (NOT_FOUND
  // naming the argument), never an empty answer that reads like "no path" or "no co-attendees"
  const mustExist = async (nodes: Record<string, string>) => {
    const found = new Set((await db.read<{ id: string }>('traversal/nodesByGid', { ids: Object.values(nodes) })).map((row) => row.id));
    for (const [argument, gid] of Object.entries(nodes)) {
      if (!found.has(gid)) throw new DomainError(ErrorCode.NotFound, `${argument} names no node in the graph: ${gid}`, { argument });
    }
  };

  const pathParams = ({ from, to, maxHops, relationshipTypes }: PathArgs) => {
    if (from === to) throw new DomainError(ErrorCode.BadUserInput, 'A path needs two different nodes; from and to are the same', { argument: 'to' });
    return { from, to, maxHops: bounded('maxHops', maxHops, LIMITS.maxHops), relationshipTypes: types(relationshipTypes) };
  };

  return {
    async shortestPath(args: PathArgs): Promise<TraversalPath | null> {
      const params = pathParams(args);
      await mustExist({ from: args.from, to: args.to });
      const [path] = await db.read<TraversalPath & Record<string, unknown>>('traversal/shortestPath', params);
      return path ?? null;
    },

    async allShortestPaths(args: PathArgs & { first?: number | null }): Promise<TraversalPath[]> {
      const params = { ...pathParams(args), first: bounded('first', args.first, LIMITS.pathsFirst) };
      await mustExist({ from: args.from, to: args.to });
      return db.read<TraversalPath & Record<string, unknown>>('traversal/allShortestPaths', params);
    },

    /** breadth-first, one statement per level, then one for the edges among the nodes found */
    async neighbourhood({ id, depth, labels, relationshipTypes, limit }: NeighbourhoodArgs): Promise<Subgraph> {
      const maxDepth = bounded('depth', depth, LIMITS.depth);
      const maxNodes = bounded('limit', limit, LIMITS.neighbourhoodLimit);
      const params = { relationshipTypes: types(relationshipTypes), labels: oneOf('labels', labels ?? [], NODE_LABELS) };
      await mustExist({ id });
      const seen = [id];
      let frontier = [id];
      let truncated = false;
      for (let level = 0; level < maxDepth && frontier.length > 0; level++) {
        const room = maxNodes - seen.length;
        const found = (await db.read<{ gid: string }>('traversal/neighbours', { ...params, frontier, seen, limit: room + 1 })).map((row) => row.gid);
        truncated = found.length > room;
        frontier = found.slice(0, room);
        seen.push(...frontier);
        if (truncated) break;
      }
      const maxEdges = maxNodes * EDGES_PER_NODE;
      let among: Promise<SubgraphEdges> | undefined;
      const edges = () =>
        (among ??= db
          .read<TraversalEdge & Record<string, unknown>>('traversal/edgesAmong', { ids: seen, relationshipTypes: params.relationshipTypes, limit: maxEdges + 1 })
          .then((rows) => ({ edges: rows.slice(0, maxEdges), truncated: truncated || rows.length > maxEdges })));
      return { nodes: seen, edges };
    },

    async coAttendance({ official, minShared, limit }: { official: string; minShared?: number | null; limit?: number | null }): Promise<CoAttendee[]> {
      const params = { official, minShared: bounded('minShared', minShared, LIMITS.minShared), limit: bounded('limit', limit, LIMITS.listLimit) };
      await mustExist({ officialId: official });
      return db.read('traversal/coAttendance', params);
    },

    coAttendanceNetwork({ minShared, limit, date }: { minShared?: number | null; limit?: number | null; date?: DateRange | null }): Promise<CoAttendancePair[]> {
      return db.read('traversal/coAttendanceNetwork', {
        minShared: bounded('minShared', minShared, LIMITS.minShared),
        limit: bounded('limit', limit, LIMITS.listLimit),
        filter: dateFilterParams(date),
      });
    },
  };
}


function types(relationshipTypes: readonly string[] | null | undefined): string[] {
  return relationshipTypes && relationshipTypes.length > 0 ? oneOf('relationshipTypes', relationshipTypes, RELATIONSHIP_TYPES) : DEFAULT_TYPES;
}

function oneOf(argument: string, values: readonly string[], allowed: readonly string[]): string[] {
  const unknown = values.filter((value) => !allowed.includes(value));
  if (unknown.length) throw new DomainError(ErrorCode.BadUserInput, `${argument} accepts ${allowed.join(', ')}; got ${unknown.join(', ')}`, { argument });
  return [...values];
}
