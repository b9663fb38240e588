import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generateCorpus.js';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import { loadExtraction } from '../../src/ingest/loadExtraction.js';
import { gazetteer, resetGraph, startTestServer, type TestServer } from '../helper.js';

const BUDGET_MS = 15_000;
const ARTICLES = 300;
// the most the limits let one operation ask for: 15 aliases of a 3-deep, 500-node neighbourhood
const NEIGHBOURHOODS = (id: string) =>
  `{ ${Array.from({ length: 15 }, (_, i) => `n${i}: neighbourhood(id: "${id}", depth: 3, limit: 500) { nodes { id } edges { type } truncated }`).join(' ')} }`;
const NETWORK = '{ coAttendanceNetwork(first: 540) { weight source { name } target { name } } }';
const CHEAP = '{ town(name: "巴城镇") { name kind directors(first: 5) { edges { node { name } } } } }';

describe('many expensive operations at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ queryTimeoutMs: BUDGET_MS, maxExpensive: 2 });
    await resetGraph(server.app.connection);
    for (const [i, text] of generateCorpus(ARTICLES).entries())
      await loadExtraction(server.app.db, extractArticle({ text, source: `overload/${i}` }, { gazetteer }));
  }, 300_000);
  afterAll(() => server.close());

  it('get answers or a clear refusal within their deadline, never an internal error, while a cheap query is answered at once', async () => {
    const town = (await server.graphql('{ town(name: "巴城镇") { id } }')).data.town.id;
    const timed = async (query: string) => {
      const started = Date.now();
      const { status, body } = await server.post(query);
      return { status, body, ms: Date.now() - started };
    };
    // a server that has served before: the cheap query's plans are compiled (a first run compiles them)
    expect((await server.graphql(CHEAP)).errors).toBeUndefined();
    const expensive = [...Array.from({ length: 8 }, () => timed(NEIGHBOURHOODS(town))), ...Array.from({ length: 8 }, () => timed(NETWORK))];
    // a cheap query sent while the expensive ones run or wait
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cheap = await timed(CHEAP);
    const answers = await Promise.all(expensive);

    expect(cheap.body.errors).toBeUndefined();
    expect(cheap.ms).toBeLessThan(1_000);
    const codes = answers.flatMap(({ body }) => (body.errors ?? []).map((e: { extensions: { code: string } }) => e.extensions.code));
    expect(codes.filter((code) => !['QUERY_TOO_EXPENSIVE', 'QUERY_TIMEOUT'].includes(code))).toEqual([]);
    for (const { ms } of answers) expect(ms).toBeLessThan(BUDGET_MS + 2_000);
    // a refusal names the limit that refused it
    for (const { body } of answers.filter(({ body }) => body.errors?.[0]?.extensions.code === 'QUERY_TIMEOUT')) {
      expect(body.errors![0].message).toMatch(new RegExp(`time limit of ${BUDGET_MS} ms`));
    }
    for (const { status, body } of answers.filter(({ body }) => body.errors?.[0]?.extensions.code === 'QUERY_TOO_EXPENSIVE')) {
      expect(status).toBe(503);
      expect(body.errors![0].message).toMatch(/^The server is already running 2 expensive operations/);
    }
  }, 120_000);
});
