import DataLoader from 'dataloader';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { pageStatements } from './paging.js';
import { articleFilterParams } from './filterParams.js';
import { toContains, toNode, type ArticleRecord, type NodeRecord } from './records.js';

/**
 * Any node by its gid (Label:key), whatever its label, through the `:Node(gid)` uniqueness index:
 * `node(id:)`, an edge's meeting or town given by key, an evidence's article. Also every
 * entity's articles, which do not depend on the entity's label either.
 */
export function createNodeData(db: GraphDatabase) {
  db.catalog.require(['traversal/nodesByGid', ...pageStatements('entity/articles')]);
  return {
    forRequest() {
      const nodes = new DataLoader<string, NodeRecord | null>(async (gids) => {
        const rows = await db.read<{ id: string; properties: Params }>('traversal/nodesByGid', { ids: gids });
        const found = new Map(rows.map((row) => [row.id, toNode(row.properties)]));
        return gids.map((gid) => found.get(gid) ?? null);
      });
      return {
        byGid: (gid: string) => nodes.load(gid),
        articles: batchedPages(db, 'entity/articles', articleFilterParams, toContains<ArticleRecord>),
      };
    },
  };
}

export type NodeData = ReturnType<typeof createNodeData>;
export type NodeReader = ReturnType<NodeData['forRequest']>;
