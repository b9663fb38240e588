import type { NodeRecord } from '../data/records.js';
import type { RequestGraph } from '../context/createContext.js';

/** Nodes by gid through the request's node loader: one batched statement for a whole path or subgraph. */
export function loadNodes(graph: RequestGraph, gids: readonly string[]): Promise<NodeRecord[]> {
  return Promise.all(
    gids.map(async (gid) => {
      const node = await graph.node.byGid(gid);
      if (!node) throw new Error(`Node ${gid} vanished between the traversal and its lookup`);
      return node;
    }),
  );
}
