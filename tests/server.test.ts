import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helper.js';

describe('the HTTP service', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers GraphQL on /graphql', async () => {
    expect(await server.graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports the process up on /health and Neo4j reachable on /ready', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, neo4j: { agent: expect.stringMatching(/^Neo4j\/5\.26/) } });
  });

  it('applies the schema idempotently: uniqueness constraints, cjk search and keyword name indexes exist once', async () => {
    const { driver } = server.app.connection;
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name",
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { name: 'article_text', analyzer: 'cjk' },
      { name: 'article_titles', analyzer: 'keyword' },
      { name: 'entity_names', analyzer: 'cjk' },
      { name: 'evidence_sentences', analyzer: 'cjk' },
      { name: 'industry_names', analyzer: 'keyword' },
      { name: 'meeting_names', analyzer: 'keyword' },
      { name: 'official_names', analyzer: 'keyword' },
      { name: 'slogan_names', analyzer: 'keyword' },
      { name: 'town_names', analyzer: 'keyword' },
    ]);
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    expect(constraints.records[0]?.get('n')).toBe(7);
  });
});
