import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import { loadExtraction } from '../../src/ingest/loadExtraction.js';
import { gazetteer, loadArticles, resetGraph, startTestServer, type TestServer } from '../helper.js';

const ARTICLE = '5月2日,长兴县委书记张三来到雉城街道调研。张三指出,要打造“美丽城镇”。';

describe('hostile input is refused plainly and changes nothing', () => {
  let server: TestServer;
  const base = () => server.url.replace(/\/graphql$/, '');
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server);
  });
  afterAll(() => server.close());

  it('refuses a search text too long for a phrase, and any over-long string, as BAD_USER_INPUT before Neo4j sees it', async () => {
    const words = await server.post('query ($t: String!) { search(text: $t) { score } }', { t: '民生 '.repeat(600) });
    expect(words.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^variable t is 1800 characters long; strings are limited to 1000/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const huge = await server.post('query ($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(1_000_000 - 100) });
    expect(huge.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const literal = await server.post(`{ towns(filter: { name: { contains: "${'镇'.repeat(1001)}" } }) { totalCount } }`);
    expect(literal.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^a string literal is 1001 characters long/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const phrase = await server.graphql(`{ search(text: "${'民生七有'.repeat(26)}") { score } }`);
    expect(phrase.errors?.[0]).toMatchObject({
      message: 'search text must be at most 100 characters; got 104',
      extensions: { code: 'BAD_USER_INPUT', argument: 'text' },
    });
    expect((await server.graphql(`{ search(text: "${'民生七有'.repeat(25)}") { score } }`)).errors).toBeUndefined();
  });

  it('answers malformed HTTP bodies with a JSON error and no stack or install path', async () => {
    const send = (body: string, contentType = 'application/json') => fetch(server.url, { method: 'POST', headers: { 'content-type': contentType }, body });
    for (const [response, status] of [
      [await send('{"query": "{ __typename }"'), 400],
      [await send(`{"query": "{ __typename }", "pad": "${'x'.repeat(1_100_000)}"}`), 413],
      [await send('{"query": "{ __typename }"}', 'application/json; charset=latin1'), 415],
    ] as const) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      expect(text).not.toMatch(/<html|node_modules|\/work\/|at [\w.]+ \(/);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('keeps /metrics bounded however many operation names clients invent', async () => {
    for (let i = 0; i < 300; i++) await server.graphql(`query Op${i} { __typename }`);
    const metrics = await (await fetch(`${base()}/metrics`)).text();
    const names = new Set([...metrics.matchAll(/operation="([^"]+)"/g)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(101);
    expect(names.has('other')).toBe(true);
  });

  it("exports valid XML and a spreadsheet-safe CSV whatever an article's source holds", async () => {
    await resetGraph(server.app.connection);
    const source = '=HYPERLINK("http://evil.example")\u0001\u0007\uFFFE';
    await loadExtraction(server.app.db, extractArticle({ text: ARTICLE, source, title: '\u0002标题' }, { gazetteer }));
    const graphml = await (await fetch(`${base()}/export/graph.graphml`)).text();
    const gexf = await (await fetch(`${base()}/export/graph.gexf`)).text();
    for (const graph of [parseGraphml(MultiDirectedGraph, graphml), parseGexf(MultiDirectedGraph, gexf)]) expect(graph.order).toBeGreaterThan(2);
    const csv: Record<string, string>[] = parseCsv(await (await fetch(`${base()}/export/events.csv`)).text(), { bom: true, columns: true });
    expect(csv.length).toBeGreaterThan(0);
    for (const row of csv) expect(row.articleSource!.startsWith("'=")).toBe(true);
  });

  it("shows an official's titles in one order, whatever order the articles arrived in", async () => {
    const first = '县委书记王五来到雉城街道调研。';
    const second = '县人大代表王五参加长兴县第十八届人民代表大会第三次会议。';
    const titles = async (order: string[]) => {
      await resetGraph(server.app.connection);
      for (const text of order) await loadExtraction(server.app.db, extractArticle({ text }, { gazetteer }));
      return (await server.graphql('{ officials(filter: { name: { equals: "王五" } }) { edges { node { titles } } } }')).data.officials.edges[0].node.titles;
    };
    expect(await titles([first, second])).toEqual(await titles([second, first]));
  });
});
