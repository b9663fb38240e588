import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, startTestServer, type TestServer } from '../helper.js';
import { cypher, SAMPLE, statementsDuring } from './support.js';

const TOKEN = 'test-write-token-0123456789';
const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    nodes { created matched }
    edges { created matched }
    article { id key title source date entities(types: [TOWN]) { totalCount } }
  }
}`;
const DELETE = 'mutation Delete($id: ID!) { deleteArticle(id: $id) { id edgesDeleted entitiesDeleted } }';
const REEXTRACT =
  'mutation Reextract($id: ID!) { reextractArticle(id: $id) { article { id } previousId changed edges { added removed kept } entities { created deleted } } }';
const sample = { text: readFileSync(SAMPLE, 'utf8'), title: '周伟陈丽艳分别参加分组审议', source: 'kunshan.gov.cn', date: '2024-01-18' };

describe('writes with no token configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ writeToken: null });
  });
  afterAll(() => server.close());

  it('are FORBIDDEN for everyone, saying writes are disabled, and write nothing', async () => {
    let body: any;
    const statements = await statementsDuring(server, async () => {
      body = await server.graphql(INGEST, { input: sample }, { authorization: `Bearer ${TOKEN}` });
    });
    expect(statements).toEqual({});
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('Writes are disabled'), extensions: { code: 'FORBIDDEN' } });
    expect(body.errors?.[0].message).toContain('KG_WRITE_TOKEN');
  });
});

describe('writes with a token configured', () => {
  let server: TestServer;
  const asWriter = { authorization: `Bearer ${TOKEN}` };
  beforeAll(async () => {
    server = await startTestServer({ writeToken: TOKEN });
    await resetGraph(server.app.connection);
  });
  afterAll(() => server.close());

  it('are UNAUTHENTICATED without the token or with another one', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }] as Record<string, string>[]) {
      const body = await server.graphql(INGEST, { input: sample }, headers);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await cypher(server.app.connection, 'MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('ingestArticle extracts and loads an article, and says what it created; the same text again matches', async () => {
    const first = await server.graphql(INGEST, { input: sample }, asWriter);
    expect(first.errors).toBeUndefined();
    const created = first.data.ingestArticle;
    expect(created).toMatchObject({
      created: true,
      nodes: { matched: 0 },
      edges: { matched: 0 },
      article: { title: sample.title, source: sample.source, date: '2024-01-18' },
    });
    const [graph] = await cypher<{ nodes: number; edges: number }>(
      server.app.connection,
      'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges',
    );
    expect(created.nodes.created).toBe(graph!.nodes);
    expect(created.edges.created).toBe(graph!.edges);
    expect(created.article.entities.totalCount).toBe(4);

    const again = (await server.graphql(INGEST, { input: sample }, asWriter)).data.ingestArticle;
    expect(again).toMatchObject({
      created: false,
      nodes: { created: 0, matched: created.nodes.created },
      edges: { created: 0, matched: created.edges.created },
      article: { id: created.article.id },
    });
  });

  it("dates the article by the caller's date, never its facts: the sample masks when they happened (*月*日)", async () => {
    const masked = await server.graphql(
      '{ towns(filter: { date: { from: "2024-01", to: "2024" } }) { totalCount } articles(filter: { date: { from: "2024-01-18", to: "2024-01-18" } }) { totalCount edges { node { dateSource eventDate } } } }',
    );
    expect(masked.data).toEqual({ towns: { totalCount: 0 }, articles: { totalCount: 1, edges: [{ node: { dateSource: 'CALLER', eventDate: null } }] } });
    // the same article as a later report gives its day: the facts are dated by the lead, so date ranges find them
    const text = sample.text.replace('*月*日', '1月18日');
    const later = await server.graphql(INGEST, { input: { ...sample, text } }, asWriter);
    expect(later.errors).toBeUndefined();
    const inRange = await server.graphql(
      '{ towns(filter: { date: { from: "2024-01", to: "2024" } }) { totalCount } articles(filter: { date: { from: "2024-01-18", to: "2024-01-18" } }) { totalCount } }',
    );
    expect(inRange.data).toEqual({ towns: { totalCount: 4 }, articles: { totalCount: 2 } });
    const before = await server.graphql(
      '{ towns(filter: { date: { to: "2023" } }) { totalCount } articles(filter: { date: { from: "2024-02" } }) { totalCount } }',
    );
    expect(before.data).toEqual({ towns: { totalCount: 0 }, articles: { totalCount: 0 } });
    const attended = await server.graphql(
      '{ town(name: "巴城") { attendances(filter: { date: { from: "2024-01-01", to: "2024-01-31" } }) { totalCount edges { node { date } } } } }',
    );
    expect(attended.data.town.attendances.totalCount).toBeGreaterThan(0);
    for (const { node } of attended.data.town.attendances.edges) expect(node.date).toBe('2024-01-18');
    // the later report goes again, so the tests below see the one article they expect
    expect((await server.graphql(DELETE, { id: later.data.ingestArticle.article.id }, asWriter)).errors).toBeUndefined();
  });

  it('refuses text that is not a Chinese article as BAD_USER_INPUT, writing nothing', async () => {
    const body = await server.graphql(INGEST, { input: { text: 'hello world, this is not an article' } }, asWriter);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Cannot ingest this article: .*Chinese article text/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badDate = await server.graphql(INGEST, { input: { ...sample, date: 'January 2024' } }, asWriter);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("exposes a town's national division: code, county, city and province", async () => {
    const { data, errors } = await server.graphql('{ town(name: "巴城") { name kind code county city province parent } }');
    expect(errors).toBeUndefined();
    expect(data.town).toEqual({ name: '巴城镇', kind: 'TOWN', code: '320583101', county: '昆山市', city: '苏州市', province: '江苏省', parent: '昆山市' });
  });

  it('reextractArticle re-runs the extractor over the stored text and says what changed; unchanged here, NOT_FOUND for no article', async () => {
    const { data } = await server.graphql('{ articles { edges { node { id } } } }');
    const id = data.articles.edges[0].node.id;
    const [before] = await cypher<{ edges: number }>(server.app.connection, 'MATCH ()-[r]->() RETURN count(r) AS edges');
    const body = await server.graphql(REEXTRACT, { id }, asWriter);
    expect(body.errors).toBeUndefined();
    expect(body.data.reextractArticle).toMatchObject({
      article: { id },
      previousId: id,
      changed: false,
      edges: { added: 0, removed: 0 },
      entities: { created: 0, deleted: 0 },
    });
    expect(body.data.reextractArticle.edges.kept).toBeGreaterThan(50);
    expect(await cypher(server.app.connection, 'MATCH ()-[r]->() RETURN count(r) AS edges')).toEqual([before]);
    const unknown = Buffer.from(`Article:${'f'.repeat(64)}`).toString('base64');
    expect((await server.graphql(REEXTRACT, { id: unknown }, asWriter)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.graphql(REEXTRACT, { id }, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('deleteArticle removes the article, its edges and the entities only it named; a second time is NOT_FOUND', async () => {
    const { data } = await server.graphql('{ articles { edges { node { id } } } }');
    const id = data.articles.edges[0].node.id;
    const deleted = await server.graphql(DELETE, { id }, asWriter);
    expect(deleted.data.deleteArticle).toMatchObject({ id, edgesDeleted: expect.any(Number), entitiesDeleted: expect.any(Number) });
    expect(deleted.data.deleteArticle.entitiesDeleted).toBeGreaterThan(40);
    expect(await cypher(server.app.connection, 'MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
    expect((await server.graphql(`{ article(id: "${id}") { id } }`)).data).toEqual({ article: null });
    const again = await server.graphql(DELETE, { id }, asWriter);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.graphql(DELETE, { id }, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
