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
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.writeTransaction((tx) => writeExtraction(tx, extraction));
    } catch (error) {
      // a concurrent delete removed the article between MERGE and its lock: load it anew
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
  const loadId = randomUUID();
  const now = new Date().toISOString();
  const { article } = extraction;
  const [articleRow] = await tx.run<{ created: boolean; article: Record<string, unknown> }>('ingest/mergeArticle', { article, loadId, now });
  if (!articleRow) throw new ArticleVanished(article.id);
  const nodes: LoadCounts = { created: articleRow.created ? 1 : 0, matched: articleRow.created ? 0 : 1 };
  const ids = new Map<string, string>();
  for (const [type, statement] of Object.entries(ENTITY_STATEMENTS) as [EntityType, string][]) {
    const rows = extraction.entities.filter((entity) => entity.type === type);
    if (rows.length === 0) continue;
    for (const row of await tx.run<{ key: string; id: string; created: boolean }>(statement, { rows, loadId })) {
      ids.set(gidOf(type, row.key), row.id);
      nodes[row.created ? 'created' : 'matched'] += 1;
    }
  }
  const edges: LoadCounts = { created: 0, matched: 0 };
  await count(edges, tx, 'ingest/linkArticle', { articleId: article.id, loadId, rows: containsRows(extraction.entities, ids) });
  for (const [type, statement] of Object.entries(RELATION_STATEMENTS) as [RelationType, string][]) {
    const rows = extraction.relations.filter((relation) => relation.type === type).map((relation) => relationRow(relation, ids));
    if (rows.length) await count(edges, tx, statement, { articleId: article.id, loadId, rows });
  }
  const meetings = meetingsOf(extraction);
  if (meetings.length) await tx.run('meeting/redate', { meetings });
  return { articleId: article.id, article: articleRow.article, articleCreated: articleRow.created, nodes, edges };
}

// the sessions this article's attendances belong to: another article may have dated them, or this one dates them
function meetingsOf(extraction: Extraction): string[] {
  const keys = extraction.relations
    .filter((relation) => relation.type === 'ATTENDED')
    .map((relation) => (relation.to.type === 'Meeting' ? relation.to.key : (relation.properties.meeting ?? null)));
  return [...new Set(keys.filter((key): key is string => key !== null))];
}

async function count(into: LoadCounts, tx: StatementRunner, statement: string, params: Record<string, unknown>): Promise<void> {
  const [row] = await tx.run<{ created: number; total: number }>(statement, params);
  into.created += row?.created ?? 0;
  into.matched += (row?.total ?? 0) - (row?.created ?? 0);
}

function containsRows(entities: Entity[], ids: Map<string, string>) {
  return entities.map((entity) => ({
    id: ids.get(gidOf(entity.type, entity.key)),
    titles: entity.type === 'Official' ? entity.properties.titles : [],
    aliases: entity.aliases,
    resolution: entity.resolution,
  }));
}

// the extractor dated each edge (its paragraph's date, else the event's); an unknown stays null, never the publication date
function relationRow(relation: Relation, ids: Map<string, string>) {
  const endpoint = (ref: Relation['from']) => {
    const id = ids.get(gidOf(ref.type, ref.key));
    if (id === undefined) throw new Error(`Relation ${relation.type} refers to ${ref.type} '${ref.key}', which is not among the article's entities`);
    return id;
  };
  return {
    from: endpoint(relation.from),
    to: endpoint(relation.to),
    evidence: relation.evidence,
    properties: { ...relation.properties, date: relation.properties.date ?? null, dateSource: relation.properties.dateSource ?? null },
  };
}
