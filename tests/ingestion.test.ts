import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createArticleData } from '../src/data/article.js';
import { extractArticle } from '../src/ingest/extractArticle.js';
import { ingestFiles } from '../src/ingest/ingestFiles.js';
import { loadExtraction } from '../src/ingest/loadExtraction.js';
import { readArticleFile } from '../src/ingest/readArticleFile.js';
import type { Extraction } from '../src/ingest/types.js';
import type { Neo4jConnection } from '../src/neo4j/connectNeo4j.js';
import type { GraphDatabase } from '../src/neo4j/createGraphDatabase.js';
import { openTestGraph, cypher as read, FIXTURE_ARTICLES, gazetteer, resetGraph, SAMPLE, failingFor } from './helper.js';

describe('loading extractions into Neo4j', () => {
  let connection: Neo4jConnection;
  let db: GraphDatabase;
  const counts = async () => {
    const { records } = await connection.driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges');
    return records[0]!.toObject() as { nodes: number; edges: number };
  };
  const cypher = (query: string, params: Record<string, unknown> = {}) => read(connection, query, params);
  // every node and edge with its properties, minus the per-load ids and clocks that differ by design
  const snapshot = async () =>
    (
      await cypher(`MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
        WITH n, r, m ORDER BY n.gid, type(r), m.gid, r.start
        RETURN n.gid AS node, properties(n) AS props, type(r) AS type, m.gid AS target, properties(r) AS edge`)
    ).map(({ props, edge, ...rest }) => ({ ...rest, props: stable(props), edge: stable(edge) }));

  beforeAll(async () => {
    ({ connection, db } = await openTestGraph());
  });
  beforeEach(() => resetGraph(connection));
  afterAll(() => connection.close());

  it('ingesting the sample twice leaves node and edge counts unchanged', async () => {
    const first = await ingestFiles(db, [SAMPLE], { gazetteer });
    expect(first.failures).toEqual([]);
    expect(first.articles).toEqual({ created: 1, matched: 0, failed: 0 });
    const once = await counts();
    expect(once.nodes).toBeGreaterThan(40);
    expect(once.edges).toBeGreaterThan(60);

    const second = await ingestFiles(db, [SAMPLE], { gazetteer });
    expect(second.articles).toEqual({ created: 0, matched: 1, failed: 0 });
    expect(second.nodes.created).toBe(0);
    expect(second.edges.created).toBe(0);
    expect(second.edges.matched).toBe(first.edges.created);
    expect(await counts()).toEqual(once);
  });

  it('every ATTENDED, DIRECTED and MENTIONS edge carries its provenance, pointing into the article text', async () => {
    await ingestFiles(db, [SAMPLE], { gazetteer });
    const rows = await cypher(`MATCH ()-[r:ATTENDED|DIRECTED|MENTIONS]->() MATCH (a:Article {id: r.article})
      RETURN r.sentence AS sentence, substring(a.text, r.start, r.end - r.start) AS quoted, type(r) AS type`);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['ATTENDED', 'DIRECTED', 'MENTIONS']));
    for (const row of rows) expect(row.quoted).toBe(row.sentence);
  });

  it('a failure in the middle of an article leaves nothing of it behind', async () => {
    await ingestFiles(db, [SAMPLE], { gazetteer });
    const before = await counts();
    const extraction: Extraction = extractArticle(readArticleFile(FIXTURE_ARTICLES[0]!), { gazetteer });
    // a nested map is no valid Neo4j property: the last relation statement fails after the nodes were merged
    const broken = structuredClone(extraction);
    broken.relations.at(-1)!.properties = { ...broken.relations.at(-1)!.properties, role: { nested: true } as unknown as string };
    await expect(loadExtraction(db, broken)).rejects.toThrow(/Property values can only be of primitive types|Neo4j only supports/);
    expect(await counts()).toEqual(before);
    expect(await cypher('MATCH (a:Article {id: $id}) RETURN a', { id: extraction.article.id })).toEqual([]);
  });

  it('a batch of many articles per transaction stores and reports exactly what one article per transaction does', async () => {
    const files = [SAMPLE, ...FIXTURE_ARTICLES];
    const oneByOne = await ingestFiles(db, files, { gazetteer, batchSize: 1 });
    const graph = await snapshot();
    await resetGraph(connection);
    const batched = await ingestFiles(db, files, { gazetteer, batchSize: 3 });
    expect(batched).toEqual(oneByOne);
    expect(await snapshot()).toEqual(graph);
    // the same text twice in one run is one article: a batch holds it once, the copy is matched after it
    await resetGraph(connection);
    const twice = await ingestFiles(db, [SAMPLE, FIXTURE_ARTICLES[0]!, SAMPLE], { gazetteer, batchSize: 10 });
    expect(twice.articles).toEqual({ created: 2, matched: 1, failed: 0 });
  });

  it('an article Neo4j rejects inside a batch fails alone: the batch is loaded again one article at a time', async () => {
    const files = [SAMPLE, ...FIXTURE_ARTICLES];
    const rejected = extractArticle(readArticleFile(FIXTURE_ARTICLES[1]!), { gazetteer }).article.id;
    const failing = failingFor(db, 'ingest/mergeAttended', rejected, 'Neo4j refused this row');
    const seen: string[] = [];
    const report = await ingestFiles(failing, files, { gazetteer, batchSize: 10, onFile: (path) => seen.push(path) });
    expect(report.failures).toEqual([{ path: FIXTURE_ARTICLES[1], message: 'Neo4j refused this row' }]);
    expect(report.articles).toEqual({ created: files.length - 1, matched: 0, failed: 1 });
    expect(seen.sort()).toEqual([...files].sort());
    expect(await cypher('MATCH (a:Article {id: $id}) RETURN a', { id: rejected })).toEqual([]);
    expect(await cypher('MATCH (a:Article) RETURN count(a) AS n')).toEqual([{ n: files.length - 1 }]);
  });

  it('keeps the two 李铭 apart and makes 巴城 and 巴城镇 one town', async () => {
    const report = await ingestFiles(db, [SAMPLE, ...FIXTURE_ARTICLES], { gazetteer });
    expect(report.failures).toEqual([]);
    const liMing = await cypher("MATCH (o:Official {name: '李铭'}) RETURN o.jurisdiction AS jurisdiction ORDER BY jurisdiction");
    expect(liMing.map((r) => r.jurisdiction)).toEqual(['吴江区', '昆山市']);
    const bacheng = await cypher(
      "MATCH (t:Town) WHERE t.name IN ['巴城', '巴城镇'] OR '巴城镇' IN t.aliases OR '巴城' IN t.aliases RETURN t.name AS name, t.aliases AS aliases",
    );
    expect(bacheng).toHaveLength(1);
    const articlesAtBacheng = await cypher('MATCH (t:Town {name: $name})<-[r:ATTENDED]-() RETURN count(DISTINCT r.article) AS n', { name: bacheng[0]!.name });
    expect(articlesAtBacheng[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('delete-article removes the article, the edges only it supports and the entities left unsupported', async () => {
    await ingestFiles(db, [SAMPLE, ...FIXTURE_ARTICLES], { gazetteer });
    const { article } = extractArticle(readArticleFile(SAMPLE), { gazetteer });
    const onlyHere = await cypher(
      `MATCH (:Article {id: $id})-[:CONTAINS]->(e) WHERE NOT EXISTS { (e)<-[:CONTAINS]-(o:Article) WHERE o.id <> $id }
      RETURN count(e) AS n`,
      { id: article.id },
    );
    const shared = await cypher(
      `MATCH (:Article {id: $id})-[:CONTAINS]->(e) WHERE EXISTS { (e)<-[:CONTAINS]-(o:Article) WHERE o.id <> $id }
      RETURN collect(elementId(e)) AS ids`,
      { id: article.id },
    );
    const before = await counts();

    const deleted = await createArticleData(db).delete(article.id);
    expect(deleted.entitiesDeleted).toBe(onlyHere[0]!.n);
    expect(await cypher('MATCH ()-[r {article: $id}]->() RETURN r', { id: article.id })).toEqual([]);
    expect(await cypher('MATCH (a:Article {id: $id}) RETURN a', { id: article.id })).toEqual([]);
    const survivors = await cypher('MATCH (e) WHERE elementId(e) IN $ids RETURN count(e) AS n', { ids: shared[0]!.ids });
    expect(survivors[0]!.n).toBe(shared[0]!.ids.length);
    expect(await cypher('MATCH (e) WHERE NOT e:Article AND NOT EXISTS { (e)<-[:CONTAINS]-(:Article) } RETURN e')).toEqual([]);
    // survivors keep only the aliases and titles the remaining articles gave them
    expect(
      await cypher(`MATCH (e)<-[c:CONTAINS]-(:Article) WITH e, collect(c) AS supports
      WITH e, reduce(all = [], c IN supports | all + c.aliases) AS aliases, reduce(all = [], c IN supports | all + c.titles) AS titles
      WHERE any(t IN e.aliases WHERE NOT t IN aliases) OR (e:Official AND any(t IN e.titles WHERE NOT t IN titles))
        OR e.aliasText <> reduce(text = '', t IN e.aliases | text + ' ' + t)
      RETURN e.gid AS stale`),
    ).toEqual([]);
    const after = await counts();
    expect(after.nodes).toBe(before.nodes - 1 - deleted.entitiesDeleted);
    await expect(createArticleData(db).delete(article.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

function stable(properties: unknown): unknown {
  if (properties === null || typeof properties !== 'object') return properties;
  const { loadId: _loadId, ingestedAt: _ingestedAt, lockedAt: _lockedAt, ...rest } = properties as Record<string, unknown>;
  return rest;
}
