import type { GraphDatabase } from '../src/neo4j/createGraphDatabase.js';
import { ENTITY_STATEMENTS as ENTITY, RELATION_STATEMENTS as RELATION } from '../src/ingest/loadExtraction.js';
import type { Extraction } from '../src/ingest/types.js';

/**
 * The baseline the batched loader is measured against: the same statements and the same one
 * transaction per article, but one statement per row, as a first loader would be written.
 */
export async function naiveLoad(db: GraphDatabase, { article, entities, relations }: Extraction): Promise<void> {
  const loadId = `naive-${article.id}`;
  await db.writeTransaction(async (tx) => {
    await tx.run('ingest/mergeArticle', { articles: [article], loadId, now: new Date().toISOString() });
    const ids = new Map<string, string>();
    for (const entity of entities) {
      const [row] = await tx.run<{ id: string }>(ENTITY[entity.type], { rows: [entity], loadId });
      ids.set(`${entity.type}:${entity.key}`, row!.id);
      await tx.run('ingest/linkArticle', {
        loadId,
        rows: [
          {
            articleId: article.id,
            id: row!.id,
            titles: entity.type === 'Official' ? entity.properties.titles : [],
            aliases: entity.aliases,
            resolution: entity.resolution,
          },
        ],
      });
    }
    for (const relation of relations) {
      const row = {
        articleId: article.id,
        from: ids.get(`${relation.from.type}:${relation.from.key}`),
        to: ids.get(`${relation.to.type}:${relation.to.key}`),
        evidence: relation.evidence,
        properties: { ...relation.properties, date: relation.properties.date ?? article.date },
      };
      await tx.run(RELATION[relation.type], { loadId, rows: [row] });
    }
  });
}
