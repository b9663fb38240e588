import { randomUUID } from 'node:crypto';
import { gidOf } from '../neo4j/gid.js';
import type { GraphDatabase, StatementRunner } from '../neo4j/createGraphDatabase.js';
import type { Entity, EntityType, Extraction, Relation, RelationType } from './types.js';

export interface LoadCounts {
  created: number;
  matched: number;
}

export interface LoadSummary {
  articleId: string;
  /** the article node's properties as this load committed them */
  article: Record<string, unknown>;
  articleCreated: boolean;
  nodes: LoadCounts;
  edges: LoadCounts;
}

/** The MERGE statement per entity and relation type (bench/naiveLoad runs them row by row). */
export const ENTITY_STATEMENTS: Record<EntityType, string> = {
  Official: 'ingest/mergeOfficials',
  Town: 'ingest/mergeTowns',
  Industry: 'ingest/mergeIndustries',
  Slogan: 'ingest/mergeSlogans',
  Meeting: 'ingest/mergeMeetings',
};
export const RELATION_STATEMENTS: Record<RelationType, string> = {
  ATTENDED: 'ingest/mergeAttended',
  DIRECTED: 'ingest/mergeDirected',
  MENTIONS: 'ingest/mergeMentions',
};

/** The statements loadExtraction runs: checked against cypher/ at boot. */
export const LOAD_STATEMENTS = [
  'ingest/mergeArticle',
  'ingest/linkArticle',
  'meeting/redate',
  ...Object.values(ENTITY_STATEMENTS),
  ...Object.values(RELATION_STATEMENTS),
];

/**
 * Writes one article's extraction in one transaction: all of it or, on any error, none of it.
 * Batched `UNWIND … MERGE` per entity and relation type (a handful of statements per article, not
 * one per row); MERGE on stable keys makes re-ingesting an article change nothing.
 */
export async function loadExtraction(db: GraphDatabase, extraction: Extraction): Promise<LoadSummary> {
  const [summary] = await loadExtractions(db, [extraction]);
  return summary!;
}

/**
 * Writes several articles' extractions in one transaction, with the same statements as one article:
 * each article lands whole or, with the whole batch, not at all. Rows of every article share each
 * statement, so a batch costs about the round trips of one article (`kg ingest` batches files).
 */
export async function loadExtractions(db: GraphDatabase, extractions: Extraction[]): Promise<LoadSummary[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.writeTransaction((tx) => writeExtractions(tx, extractions));
    } catch (error) {
      // a concurrent delete removed an article between MERGE and its lock: load the batch anew
      const vanished = error instanceof ArticleVanished || (error as { code?: string }).code === 'Neo.ClientError.Statement.EntityNotFound';
      if (!vanished || attempt === VANISHED_ATTEMPTS) throw error;
    }
  }
}

const VANISHED_ATTEMPTS = 3;

/** The article a load was writing was deleted by another transaction meanwhile. */
class ArticleVanished extends Error {
  constructor(readonly articleId: string) {
    super(`Article ${articleId} was deleted by another transaction while this one was loading it`);
    this.name = 'ArticleVanished';
  }
}

/** The statements of loadExtraction inside a transaction the caller holds (re-extraction's). */
export async function writeExtraction(tx: StatementRunner, extraction: Extraction): Promise<LoadSummary> {
  const [summary] = await writeExtractions(tx, [extraction]);
  return summary!;
}

/**
 * The statements of loadExtractions inside a transaction the caller holds. Counts are per article as
 * if the articles had been loaded one after another: an entity two of them name is created by the
 * first and matched by the second.
 */
export async function writeExtractions(tx: StatementRunner, extractions: Extraction[]): Promise<LoadSummary[]> {
  const ids = new Set(extractions.map((extraction) => extraction.article.id));
  if (ids.size !== extractions.length) throw new Error(`A batch must hold each article once; got ${extractions.length} extractions of ${ids.size} articles`);
  const loadId = randomUUID();
  const now = new Date().toISOString();
  const articles = extractions.map((extraction) => extraction.article).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const written = new Map<string, { created: boolean; article: Record<string, unknown> }>();
  for (const row of await tx.run<{ id: string; created: boolean; article: Record<string, unknown> }>('ingest/mergeArticle', { articles, loadId, now })) {
    written.set(row.id, row);
  }
  const lost = articles.find((article) => !written.has(article.id));
  if (lost) throw new ArticleVanished(lost.id);
  const summaries = new Map<string, LoadSummary>();
  for (const { article } of extractions) {
    const { created, article: stored } = written.get(article.id)!;
    const nodes = { created: created ? 1 : 0, matched: created ? 0 : 1 };
    summaries.set(article.id, { articleId: article.id, article: stored, articleCreated: created, nodes, edges: { created: 0, matched: 0 } });
  }
  const elementIds = await mergeEntities(tx, extractions, summaries, loadId);
  const contains = extractions.flatMap(({ article, entities }) => containsRows(article.id, entities, elementIds));
  await countEdges(summaries, tx, 'ingest/linkArticle', { loadId, rows: contains });
  for (const [type, statement] of Object.entries(RELATION_STATEMENTS) as [RelationType, string][]) {
    const rows = extractions.flatMap(({ article, relations }) =>
      relations.filter((relation) => relation.type === type).map((relation) => relationRow(article.id, relation, elementIds)),
    );
    if (rows.length) await countEdges(summaries, tx, statement, { loadId, rows });
  }
  const meetings = [...new Set(extractions.flatMap(meetingsOf))];
  if (meetings.length) await tx.run('meeting/redate', { meetings });
  return extractions.map(({ article }) => summaries.get(article.id)!);
}

// one row per entity key for the whole batch (aliases and titles pooled), so a MERGE never meets its
// own key twice; the first article naming a new entity is the one that created it
async function mergeEntities(tx: StatementRunner, extractions: Extraction[], summaries: Map<string, LoadSummary>, loadId: string) {
  const elementIds = new Map<string, string>();
  for (const [type, statement] of Object.entries(ENTITY_STATEMENTS) as [EntityType, string][]) {
    const firstNamedBy = new Map<string, string>();
    const pooled = new Map<string, Entity>();
    for (const { article, entities } of extractions) {
      for (const entity of entities) {
        if (entity.type !== type) continue;
        const seen = pooled.get(entity.key);
        if (seen) pooled.set(entity.key, pool(seen, entity));
        else {
          pooled.set(entity.key, entity);
          firstNamedBy.set(entity.key, article.id);
        }
      }
    }
    if (pooled.size === 0) continue;
    const created = new Set<string>();
    for (const row of await tx.run<{ key: string; id: string; created: boolean }>(statement, { rows: [...pooled.values()], loadId })) {
      elementIds.set(gidOf(type, row.key), row.id);
      if (row.created) created.add(row.key);
    }
    for (const { article, entities } of extractions) {
      const nodes = summaries.get(article.id)!.nodes;
      for (const entity of entities) {
        if (entity.type !== type) continue;
        nodes[created.has(entity.key) && firstNamedBy.get(entity.key) === article.id ? 'created' : 'matched'] += 1;
      }
    }
  }
  return elementIds;
}

// what two articles say of one entity adds up, as two loads one after the other would have stored it
function pool(first: Entity, next: Entity): Entity {
  const aliases = [...new Set([...first.aliases, ...next.aliases])];
  if (first.type !== 'Official' || next.type !== 'Official') return { ...first, aliases };
  const titles = [...new Set([...first.properties.titles, ...next.properties.titles])];
  return { ...first, aliases, properties: { ...first.properties, titles } };
}

// the sessions this article's attendances belong to: another article may have dated them, or this one dates them
function meetingsOf(extraction: Extraction): string[] {
  const keys = extraction.relations
    .filter((relation) => relation.type === 'ATTENDED')
    .map((relation) => (relation.to.type === 'Meeting' ? relation.to.key : (relation.properties.meeting ?? null)));
  return [...new Set(keys.filter((key): key is string => key !== null))];
}

async function countEdges(summaries: Map<string, LoadSummary>, tx: StatementRunner, statement: string, params: Record<string, unknown>): Promise<void> {
  for (const row of await tx.run<{ articleId: string; created: number; total: number }>(statement, params)) {
    const edges = summaries.get(row.articleId)!.edges;
    edges.created += row.created;
    edges.matched += row.total - row.created;
  }
}

function containsRows(articleId: string, entities: Entity[], ids: Map<string, string>) {
  return entities.map((entity) => ({
    articleId,
    id: ids.get(gidOf(entity.type, entity.key)),
    titles: entity.type === 'Official' ? entity.properties.titles : [],
    aliases: entity.aliases,
    resolution: entity.resolution,
  }));
}

// the extractor dated each edge (its paragraph's date, else the event's); an unknown stays null, never the publication date
function relationRow(articleId: string, relation: Relation, ids: Map<string, string>) {
  const endpoint = (ref: Relation['from']) => {
    const id = ids.get(gidOf(ref.type, ref.key));
    if (id === undefined) throw new Error(`Relation ${relation.type} refers to ${ref.type} '${ref.key}', which is not among the article's entities`);
    return id;
  };
  return {
    articleId,
    from: endpoint(relation.from),
    to: endpoint(relation.to),
    evidence: relation.evidence,
    properties: { ...relation.properties, date: relation.properties.date ?? null, dateSource: relation.properties.dateSource ?? null },
  };
}
