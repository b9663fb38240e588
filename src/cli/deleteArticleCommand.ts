import type { Config } from '../config.js';
import { createArticleData } from '../data/article.js';
import { UsageError } from './UsageError.js';
import { openGraph } from './openGraph.js';

/** `kg delete-article ID`: the article, the edges only it supports, and entities left unsupported. */
export async function deleteArticleCommand(args: string[], config: Config): Promise<number> {
  if (args.length !== 1) throw new UsageError('kg delete-article ID (the article id, a sha256 hex)');
  const graph = await openGraph(config);
  try {
    const deleted = await createArticleData(graph.db).delete(args[0]!);
    console.log(`deleted article ${deleted.id}: ${deleted.edgesDeleted} edges, ${deleted.entitiesDeleted} entities left without support`);
    return 0;
  } finally {
    await graph.close();
  }
}
