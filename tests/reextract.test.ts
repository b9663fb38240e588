import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createArticleData } from '../src/data/article.js';
import { extractArticle } from '../src/ingest/extractArticle.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { loadExtraction } from '../src/ingest/loadExtraction.js';
import { normalize } from '../src/ingest/normalize.js';
import { reextractArticle } from '../src/ingest/reextractArticle.js';
import { allArticleIds, reextractArticles } from '../src/ingest/reextractArticles.js';
import type { Neo4jConnection } from '../src/neo4j/connectNeo4j.js';
import type { GraphDatabase } from '../src/neo4j/createGraphDatabase.js';
import { openTestGraph, cypher as read, fixtures, gazetteer, resetGraph, failingFor } from './helper.js';

// 清溪 is a town of 长兴县 that the national list does not have: an extractor change (a gazetteer
// entry) makes the article's visit to it, and the directions given there, readable
const WITH_QINGXI = loadGazetteer([join(fixtures, 'reextract', 'qingxi.gazetteer.json')]);
const QINGXI = '4月1日,长兴县委书记张三到雉城、清溪调研。张三强调,清溪要做强“一镇一品”。';
const OTHERS = ['5月2日,长兴县委书记张三来到雉城街道调研。张三指出,要打造“美丽城镇”。', '6月3日,长兴县长李四来到画溪街道调研。李四强调,要坚持“项目为王”。'];

describe('re-extraction replaces what each article supports, one transaction per article', () => {
  let connection: Neo4jConnection;
  let db: GraphDatabase;
  const cypher = (query: string, params: Record<string, unknown> = {}) => read(connection, query, params);
  const ingest = (text: string, with_ = gazetteer) => loadExtraction(db, extractArticle({ text }, { gazetteer: with_ }));
  // everything an article supports, as comparable keys: its facts and its entities' names and aliases
  const state = async (id: string) => {
    const [row] = await cypher(
      `MATCH (a:Article {id: $id})
      CALL (a) { OPTIONAL MATCH (f)-[r:ATTENDED|DIRECTED|MENTIONS {article: a.id}]->(t) RETURN collect(type(r) + ' ' + f.name + '->' + t.name + ' @' + toInteger(r.start)) AS facts }
      CALL (a) { OPTIONAL MATCH (a)-[:CONTAINS]->(e) RETURN collect(e.gid + ' ' + e.name + ' ' + reduce(s = '', x IN e.aliases | s + x)) AS entities }
      RETURN facts, entities`,
      { id },
    );
    return row ? { facts: [...row.facts].sort(), entities: [...row.entities].sort() } : null;
  };
  const townsNamed = async (name: string) => (await cypher('MATCH (t:Town) WHERE t.name = $name RETURN t.key AS key', { name })).length;
  const dangling = async () =>
    (await cypher(`MATCH ()-[r:ATTENDED|DIRECTED|MENTIONS]->() WHERE NOT EXISTS { MATCH (a:Article {id: r.article}) } RETURN count(r) AS n`))[0]!.n;
  const unsupported = async () => (await cypher('MATCH (e) WHERE NOT e:Article AND NOT EXISTS { (e)<-[:CONTAINS]-(:Article) } RETURN count(e) AS n'))[0]!.n;

  beforeAll(async () => {
    ({ connection, db } = await openTestGraph());
  });
  beforeEach(() => resetGraph(connection));
  afterAll(() => connection.close());

  it('after a change that adds a town, adds its edges and its entity', async () => {
    const { articleId } = await ingest(QINGXI);
    expect(await townsNamed('清溪镇')).toBe(0);
    const summary = await reextractArticle(db, articleId, { gazetteer: WITH_QINGXI });
    expect(summary).toMatchObject({ articleId, previousId: articleId, changed: true, entities: { created: 1, deleted: 0 } });
    expect(summary!.edges.added).toBe(2);
    // 清溪要… now addresses the directions to 清溪镇 alone, no longer to every place of the visit
    expect(summary!.edges.removed).toBe(1);
    const { facts } = (await state(articleId))!;
    expect(facts).toEqual(expect.arrayContaining(['ATTENDED 张三->清溪镇 @0', 'ATTENDED 张三->雉城街道 @0', 'DIRECTED 张三->清溪镇 @22']));
    expect(facts).not.toContain('DIRECTED 张三->雉城街道 @22');
    const [town] = await cypher('MATCH (t:Town {name: "清溪镇"}) RETURN t {.code, .county, .province, .kind} AS t');
    expect(town!.t).toEqual({ code: null, county: '长兴县', province: '浙江省', kind: 'town' });
  });

  it('after a change that drops an edge, removes the edge and every entity left without support, but keeps shared ones', async () => {
    const { articleId } = await ingest(QINGXI, WITH_QINGXI);
    const other = await ingest(OTHERS[0]!);
    expect(await townsNamed('清溪镇')).toBe(1);
    const summary = await reextractArticle(db, articleId, { gazetteer });
    expect(summary).toMatchObject({ changed: true, entities: { created: 0, deleted: 1 } });
    expect(summary!.edges.removed).toBeGreaterThanOrEqual(2);
    expect(await townsNamed('清溪镇')).toBe(0);
    expect((await state(articleId))!.facts.filter((f) => f.includes('清溪'))).toEqual([]);
    // 张三 and 雉城街道 are still supported by both articles; the other article is untouched
    expect(await cypher('MATCH (o:Official {name: "张三"})<-[:CONTAINS]-(a:Article) RETURN count(a) AS n')).toEqual([{ n: 2 }]);
    expect((await state(other.articleId))!.facts.length).toBeGreaterThan(0);
    expect(await dangling()).toBe(0);
    expect(await unsupported()).toBe(0);
  });

  it('changes nothing when the extractor has not changed', async () => {
    const { articleId } = await ingest(QINGXI);
    const before = await state(articleId);
    const summary = await reextractArticle(db, articleId, { gazetteer });
    expect(summary).toMatchObject({ changed: false, edges: { added: 0, removed: 0 }, entities: { created: 0, deleted: 0 } });
    expect(summary!.edges.kept).toBeGreaterThan(0);
    expect(await state(articleId)).toEqual(before);
  });

  it('leaves every article fully old or fully new when one fails mid-way, and goes on with the rest', async () => {
    const ids = [(await ingest(QINGXI)).articleId, (await ingest(OTHERS[0]!)).articleId, (await ingest(OTHERS[1]!)).articleId];
    const second = ids[1]!;
    const before = await state(second);
    // a Neo4j failure in the second article's transaction, after its facts were cleared and the new ones half written
    const failing = failingFor(db, 'ingest/mergeMentions', second, 'Neo4j went away');
    const report = await reextractArticles(failing, allArticleIds(db), { gazetteer: WITH_QINGXI });
    expect(report.articles).toMatchObject({ reextracted: 2, failed: 1 });
    expect(report.failures).toEqual([{ id: second, message: 'Neo4j went away' }]);
    expect(await state(second)).toEqual(before);
    expect((await state(ids[0]!))!.facts.some((f) => f.includes('清溪镇'))).toBe(true);
    expect(await dangling()).toBe(0);
    expect(await unsupported()).toBe(0);
    // re-running finishes the job
    const again = await reextractArticles(db, allArticleIds(db), { gazetteer: WITH_QINGXI });
    expect(again.articles).toMatchObject({ reextracted: 3, failed: 0, unchanged: 3 });
  });

  it('moves an article whose stored text a new normalizer changes to the new id, edges and all', async () => {
    // stored by an older normalizer that kept pinyin glosses: its id is the sha256 of that text
    const current = extractArticle({ text: OTHERS[0]! }, { gazetteer });
    const oldText = `${current.article.text}\n好(hǎo)`;
    const oldId = createHash('sha256').update(oldText).digest('hex');
    await loadExtraction(db, { ...current, article: { ...current.article, id: oldId, text: oldText } });
    const summary = await reextractArticle(db, oldId, { gazetteer });
    const newId = createHash('sha256').update(normalize(oldText)).digest('hex');
    expect(normalize(oldText)).toBe(`${current.article.text}\n好`);
    expect(summary).toMatchObject({ previousId: oldId, articleId: newId, changed: true, edges: { added: 0, removed: 0 } });
    expect(await cypher('MATCH (a:Article) RETURN a.id AS id, a.gid AS gid, a.text AS text')).toEqual([
      { id: newId, gid: `Article:${newId}`, text: normalize(oldText) },
    ]);
    expect(await cypher('MATCH ()-[r:ATTENDED|DIRECTED|MENTIONS]->() RETURN DISTINCT r.article AS article')).toEqual([{ article: newId }]);
    expect(await dangling()).toBe(0);
  });

  it('serializes with a delete of the same article: either the re-extraction or nothing remains, never a mix', async () => {
    for (let round = 0; round < 10; round++) {
      await resetGraph(connection);
      const { articleId } = await ingest(QINGXI);
      const results = await Promise.allSettled([reextractArticle(db, articleId, { gazetteer: WITH_QINGXI }), createArticleData(db).delete(articleId)]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      expect(await cypher('MATCH (a:Article) RETURN count(a) AS n')).toEqual([{ n: 0 }]);
      expect(await dangling()).toBe(0);
      expect(await unsupported()).toBe(0);
    }
  });
});
