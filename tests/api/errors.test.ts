import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypherCatalog } from '../../src/cypher/loadCypherCatalog.js';
import { createDataSources } from '../../src/data/createDataSources.js';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { createGraphDatabase } from '../../src/neo4j/createGraphDatabase.js';
import { createMetrics } from '../../src/server/createMetrics.js';
import { createServer, type RunningServer } from '../../src/server/createServer.js';
import { createFormatError } from '../../src/server/formatError.js';
import { toGlobalId } from '../../src/resolvers/globalId.js';
import { freePort, startTestServer, type TestServer } from '../helper.js';
import { FIXTURE_ARTICLES, gazetteer, loadArticles, SAMPLE } from './support.js';

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.map((e) => e.extensions?.code);

describe('errors: one code per cause, internals masked', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server, [SAMPLE, ...FIXTURE_ARTICLES]);
  });
  afterAll(() => server.close());

  it('a malformed id is BAD_USER_INPUT saying what an id looks like; an unknown one is null', async () => {
    const bad = await server.graphql('{ node(id: "not-an-id") { id } }');
    expect(codeOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].message).toBe(
      `id must be an id this API returned: base64 of Label:key, e.g. ${toGlobalId('Official:某市:张三')} for Official:某市:张三; got 'not-an-id'`,
    );
    expect(codeOf(await server.graphql(`{ node(id: "${toGlobalId('Planet:Mars')}") { id } }`))).toEqual(['BAD_USER_INPUT']);
    expect(await server.graphql(`{ node(id: "${toGlobalId('Town:昆山市/无此镇')}") { id } }`)).toEqual({ data: { node: null } });
  });

  it('an id of the wrong kind is BAD_USER_INPUT naming the kind expected and the one given', async () => {
    const town = toGlobalId('Town:昆山市/巴城镇');
    const asOfficial = await server.graphql(`{ official(id: "${town}") { name } }`);
    expect(asOfficial.errors?.[0]).toMatchObject({
      message: 'id must be the id of Official; got the id of Town:昆山市/巴城镇',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const asFilter = await server.graphql(`{ officials(filter: { mentioned: "${town}" }) { edges { node { name } } } }`);
    expect(asFilter.errors?.[0]).toMatchObject({
      message: 'filter.mentioned must be the id of Slogan or Industry; got the id of Town:昆山市/巴城镇',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('a name two officials share is BAD_USER_INPUT listing them, until the jurisdiction tells them apart', async () => {
    const ambiguous = await server.graphql('{ official(name: "李铭") { key } }');
    expect(ambiguous.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', candidates: ['吴江区:李铭', '昆山市:李铭'] } });
    expect(ambiguous.errors?.[0].message).toMatch(/^'李铭' names 2 nodes \(吴江区:李铭, 昆山市:李铭\); pass jurisdiction or an id$/);
    expect(await server.graphql('{ official(name: "李铭", jurisdiction: "吴江区") { key } }')).toEqual({ data: { official: { key: '吴江区:李铭' } } });
    expect(codeOf(await server.graphql('{ official(id: "x", name: "李铭") { key } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codeOf(await server.graphql('{ official { key } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('a bad cursor, page size or date is BAD_USER_INPUT naming the argument', async () => {
    const cursor = await server.graphql('{ towns(after: "bm9wZQ==") { edges { cursor } } }');
    expect(cursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    const size = await server.graphql('{ towns { edges { node { directors(first: -1) { edges { cursor } } } } } }');
    expect(size.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    const date = await server.graphql('{ articles(filter: { date: { from: "18 Jan 2024" } }) { edges { cursor } } }');
    expect(date.errors?.[0]).toMatchObject({
      message: "date.from must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); got '18 Jan 2024'",
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const empty = await server.graphql('{ search(text: "   ") { score } }');
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'text' } });
  });

  it('masks internal errors: no message, no stack trace, unless in development', () => {
    const leaked = new Error('Neo.ClientError.Statement.SyntaxError at bolt://10.0.0.7:7687');
    const formatted = {
      message: leaked.message,
      path: ['towns'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: ...', '    at secret.ts:1'] },
    };
    const wrapped = new GraphQLError(leaked.message, { path: ['towns'], originalError: leaked });
    expect(createFormatError({ development: false })(formatted, wrapped)).toEqual({
      message: 'Internal server error',
      path: ['towns'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(createFormatError({ development: true })(formatted, wrapped)).toEqual(formatted);
  });
});

describe('a Neo4j outage', () => {
  let running: RunningServer;
  beforeAll(async () => {
    // nothing listens on this port: every statement meets the outage a stopped Neo4j causes
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, username: 'neo4j', password: 'nobody-listens' });
    const db = createGraphDatabase({ driver, catalog: loadCypherCatalog(), timeoutMs: 2_000 });
    const server = await createServer({ db, data: createDataSources(db), metrics: createMetrics(), gazetteer });
    running = await server.listen(0);
  });
  afterAll(() => running.stop());

  const post = async (query: string) => {
    const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return { status: response.status, body: await response.json() };
  };

  it('answers DATABASE_UNAVAILABLE, not a crash, and keeps serving', async () => {
    for (const query of ['{ towns { edges { node { name } } } }', '{ search(text: "民生") { score } }']) {
      const { status, body } = await post(query);
      expect(status).toBe(200);
      expect(codeOf(body)).toEqual(['DATABASE_UNAVAILABLE']);
      // the kind of failure, never the driver's text or the server's address
      expect(body.errors[0].message).toBe('The graph database is unavailable (it does not answer); retry later, /ready says when it is back');
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|bolt:|ECONNREFUSED/);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js/);
    }
    expect((await post('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  }, 60_000);
});
