import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, resetGraph, SAMPLE, startTestServer, type TestServer } from '../helper.js';

const TOKEN = 'race-write-token-0123456789';
const INGEST = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id title } edges { created matched } } }';
const DELETE = 'mutation Delete($id: ID!) { deleteArticle(id: $id) { id edgesDeleted entitiesDeleted } }';
const text = readFileSync(SAMPLE, 'utf8');

describe('writes that race on one article', () => {
  let server: TestServer;
  const asWriter = { authorization: `Bearer ${TOKEN}` };
  const count = async (query: string) => (await cypher<{ n: number }>(server.app.connection, query))[0]!.n;
  beforeAll(async () => {
    server = await startTestServer({ writeToken: TOKEN });
  });
  afterAll(() => server.close());

  it('deleteArticle ∥ ingestArticle of the same article, 20 times: no dangling edge, no orphan, no false error', async () => {
    await resetGraph(server.app.connection);
    const first = await server.graphql(INGEST, { input: { text } }, asWriter);
    expect(first.errors).toBeUndefined();
    const id = first.data.ingestArticle.article.id;
    const whole = { edges: await count('MATCH ()-[r]->() RETURN count(r) AS n'), nodes: await count('MATCH (n) RETURN count(n) AS n') };
    for (let round = 0; round < 20; round++) {
      const [deleted, ingested] = await Promise.all([server.graphql(DELETE, { id }, asWriter), server.graphql(INGEST, { input: { text } }, asWriter)]);
      // the ingest always committed and says so; the delete found the article or, when the ingest
      // had just re-created it after an earlier round's delete, found it all the same
      expect(ingested.errors, JSON.stringify(ingested.errors)).toBeUndefined();
      expect(ingested.data.ingestArticle.article).toEqual({ id, title: expect.any(String) });
      for (const error of deleted.errors ?? []) expect(error.extensions.code).toBe('NOT_FOUND');

      expect(await count(`MATCH ()-[r:ATTENDED|DIRECTED|MENTIONS]->() WHERE NOT EXISTS { MATCH (:Article {id: r.article}) } RETURN count(r) AS n`)).toBe(0);
      expect(await count('MATCH (e) WHERE NOT e:Article AND NOT EXISTS { (e)<-[:CONTAINS]-(:Article) } RETURN count(e) AS n')).toBe(0);
      const articles = await count('MATCH (a:Article) RETURN count(a) AS n');
      // all of the article or none of it: never a part
      expect({ edges: await count('MATCH ()-[r]->() RETURN count(r) AS n'), nodes: await count('MATCH (n) RETURN count(n) AS n') }).toEqual(
        articles === 1 ? whole : { edges: 0, nodes: 0 },
      );
      if (articles === 0) expect((await server.graphql(INGEST, { input: { text } }, asWriter)).errors).toBeUndefined();
    }
    // a nested query that reaches every evidence's article answers
    const nested = await server.graphql(
      '{ towns(first: 20) { edges { node { attendances(first: 50) { edges { node { evidence { article { id } } } } } } } } }',
    );
    expect(nested.errors).toBeUndefined();
  }, 180_000);
});
