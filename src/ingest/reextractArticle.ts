import type { GraphDatabase, StatementRunner } from '../neo4j/createGraphDatabase.js';
import { gidOf } from '../neo4j/gid.js';
import { extractArticle } from './extractArticle.js';
import type { Gazetteer } from './gazetteer.js';
import { writeExtraction } from './loadExtraction.js';
import type { Extraction } from './types.js';

export interface ReextractSummary {
  /** the article's id after re-extraction (it changes only when normalization changed the text) */
  articleId: string;
  previousId: string;
  /** the article node's properties as re-extraction left them; null when it was merged into an existing one */
  article: Record<string, unknown> | null;
  /** false when the new extraction holds exactly the facts and entities the article had */
  changed: boolean;
  edges: { added: number; removed: number; kept: number };
  entities: { created: number; deleted: number };
}

export interface ReextractOptions {
  gazetteer: Gazetteer;
  sectors?: ReadonlySet<string>;
}

/** The statements reextractArticle runs: checked against cypher/ at boot. */
export const REEXTRACT_STATEMENTS = [
  'article/lock',
  'article/facts',
  'article/meetings',
  'article/clearFacts',
  'article/rekey',
  'article/remove',
  'meeting/redate',
  'entity/prune',
];

interface StoredArticle {
  id: string;
  text: string;
  title: string;
  source: string | null;
  date: string | null;
  /** absent on articles stored before dates had sources */
  dateSource?: string | null;
}

/**
 * Runs the current extractor over an article's stored text and replaces what the article supports
 * with the result, in one transaction: the article is locked first, its fact edges and CONTAINS
 * support are cleared, the new extraction is loaded, and entities nothing supports any more are
 * deleted. Any failure rolls back to the article as it was. Null when no such article exists.
 */
export async function reextractArticle(db: GraphDatabase, id: string, options: ReextractOptions): Promise<ReextractSummary | null> {
  return db.writeTransaction(async (tx) => {
    const [locked] = await tx.run<{ article: StoredArticle }>('article/lock', { id, now: new Date().toISOString() });
    if (!locked) return null;
    const { article } = locked;
    // a caller's date stands, as it would on a new ingest; any other is read again from the text and
    // the address, so a better date reader dates what is stored (an article stored before dates had
    // sources keeps its date as the caller's: it may have come from a sidecar)
    const callerDate = article.dateSource === 'caller' || article.dateSource == null ? article.date : null;
    const extraction = extractArticle({ text: article.text, title: article.title, source: article.source, date: callerDate }, options);
    const [before] = await tx.run<{ facts: string[]; entities: string[] }>('article/facts', { id });
    // the sessions the old facts attended: one this article alone dated must lose that date
    const [attended] = await tx.run<{ meetings: string[] }>('article/meetings', { id });
    await tx.run('article/clearFacts', { id });
    if (extraction.article.id !== id && !(await rekey(tx, id, extraction))) {
      await tx.run('meeting/redate', { meetings: attended?.meetings ?? [] });
      return mergedInto(tx, id, extraction, before!);
    }
    const load = await writeExtraction(tx, extraction);
    await tx.run('meeting/redate', { meetings: attended?.meetings ?? [] });
    const [pruned] = await tx.run<{ entitiesDeleted: number }>('entity/prune', { gids: before!.entities });
    return { ...summary(id, extraction, before!, load.nodes.created, pruned?.entitiesDeleted ?? 0), article: load.article };
  });
}

// a normalizer change moved the article to a new id; false when another article already has it
async function rekey(tx: StatementRunner, id: string, extraction: Extraction): Promise<boolean> {
  const [taken] = await tx.run('article/facts', { id: extraction.article.id });
  if (taken) return false;
  await tx.run('article/rekey', { id, article: extraction.article });
  return true;
}

// the re-normalized text is another stored article's: this one was its duplicate, and goes
async function mergedInto(tx: StatementRunner, id: string, extraction: Extraction, before: { facts: string[]; entities: string[] }): Promise<ReextractSummary> {
  await tx.run('article/remove', { id });
  const [pruned] = await tx.run<{ entitiesDeleted: number }>('entity/prune', { gids: before.entities });
  const gone = { ...extraction, relations: [], entities: [] };
  return { ...summary(id, gone, before, 0, pruned?.entitiesDeleted ?? 0), article: null };
}

// facts compared by type, endpoints and start offset: what the article supported before and after
function summary(
  previousId: string,
  extraction: Extraction,
  before: { facts: string[]; entities: string[] },
  created: number,
  deleted: number,
): Omit<ReextractSummary, 'article'> {
  const gid = (ref: { type: string; key: string }) => gidOf(ref.type, ref.key);
  const after = new Set(extraction.relations.map((r) => `${r.type}|${gid(r.from)}|${gid(r.to)}|${r.evidence.start}`));
  const old = new Set(before.facts);
  const kept = [...after].filter((fact) => old.has(fact)).length;
  const sameEntities = new Set(extraction.entities.map(gid));
  const entitiesChanged = before.entities.length !== sameEntities.size || before.entities.some((e) => !sameEntities.has(e));
  const edges = { added: after.size - kept, removed: old.size - kept, kept };
  return {
    articleId: extraction.article.id,
    previousId,
    changed: edges.added > 0 || edges.removed > 0 || entitiesChanged || extraction.article.id !== previousId,
    edges,
    entities: { created, deleted },
  };
}
