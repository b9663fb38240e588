import DataLoader from 'dataloader';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';
import { batchedPages } from './batchedPages.js';
import { articleFilterParams } from './filterParams.js';
import { hasLabel, toContains, toNode, type ArticleRecord, type NodeLabel, type NodeOf, type NodeRecord } from './records.js';

const ARTICLES = { page: 'entity/articles', count: 'entity/articlesCount' } as const;

/**
 * Any node by its gid (Label:key), whatever its label, through the `:Node(gid)` uniqueness index:
 * `node(id:)`, an edge's meeting or town given by key, an evidence's article. Also every
 * entity's articles, which do not depend on the entity's label either.
 */
export function createNodeData(db: GraphDatabase) {
  db.catalog.require(['traversal/nodesByGid', ARTICLES.page, ARTICLES.count]);
  return {
    forRequest() {
      const nodes = new DataLoader<string, NodeRecord | null>(async (gids) => {
        const rows = await db.read<{ id: string; properties: Params }>('traversal/nodesByGid', { ids: gids });
        const found = new Map(rows.map((row) => [row.id, toNode(row.properties)]));
        return gids.map((gid) => found.get(gid) ?? null);
      });
      const find = async <L extends NodeLabel>(labels: readonly L[], gid: string): Promise<NodeOf<L> | null> => {
        const node = await nodes.load(gid);
        return node !== null && hasLabel(node, labels) ? node : null;
      };
      return {
        byGid: (gid: string) => nodes.load(gid),
        /** the node when it has one of `labels`: a typed answer, no cast; another label, or none, is null */
        find,
        /** find, for a field the schema says is never null: a node gone between two statements of one request is an error */
        async get<L extends NodeLabel>(labels: readonly L[], gid: string): Promise<NodeOf<L>> {
          const node = await find(labels, gid);
          if (node === null) throw new Error(`Expected a node labelled ${labels.join(' or ')} with gid ${gid}; it is not in the graph (deleted meanwhile?)`);
          return node;
        },
        articles: batchedPages(db, ARTICLES, articleFilterParams, toContains<ArticleRecord>),
      };
    },
  };
}
