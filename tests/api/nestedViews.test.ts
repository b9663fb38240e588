import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helper.js';
import { cypher, exampleOperations, FIXTURE_ARTICLES, loadArticles, SAMPLE, statementsDuring, total } from './support.js';

// the client app's example: towns → directors → their towns → slogans mentioned there
const dashboard = exampleOperations().get('TownDashboard')!;

interface Dashboard {
  towns: {
    edges: {
      node: {
        name: string;
        directors: { edges: { node: { name: string; towns: { edges: { node: { name: string; slogans: { edges: { node: { text: string } }[] } } }[] } } }[] };
      };
    }[];
  };
}

// the same question asked of Neo4j directly, without the API's statements, loaders or filters
const HAND_WRITTEN = `
MATCH (t:Town)
WITH t ORDER BY t.name, t.key LIMIT $towns
CALL (t) {
  MATCH (o:Official)-[:DIRECTED]->(t)
  WITH DISTINCT o ORDER BY o.name, o.key LIMIT 5
  CALL (o) {
    MATCH (o)-[:ATTENDED|DIRECTED]->(place:Town)
    WITH DISTINCT place ORDER BY place.name, place.key LIMIT 5
    CALL (place) {
      MATCH (s:Slogan)
      WHERE EXISTS { (place)-[:MENTIONS]->(s) } OR EXISTS { (:Official)-[:MENTIONS {town: place.key}]->(s) }
      WITH s ORDER BY s.name, s.key LIMIT 10
      RETURN collect(s.name) AS slogans
    }
    RETURN collect({name: place.name, slogans: slogans}) AS towns
  }
  RETURN collect({name: o.name, towns: towns}) AS directors
}
RETURN t.name AS name, directors`;

function flatten(data: Dashboard) {
  return data.towns.edges.map(({ node: town }) => ({
    name: town.name,
    directors: town.directors.edges.map(({ node: official }) => ({
      name: official.name,
      towns: official.towns.edges.map(({ node: place }) => ({ name: place.name, slogans: place.slogans.edges.map(({ node }) => node.text) })),
    })),
  }));
}

describe('a nested view costs one Cypher statement per level, whatever the number of rows', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each([
    ['the sample article', [SAMPLE]],
    ['the sample and every fixture article', [SAMPLE, ...FIXTURE_ARTICLES]],
  ])('towns → directors → their towns → slogans: 4 statements over %s, and what hand-written Cypher returns', async (_corpus, files) => {
    await loadArticles(server, files);
    const [{ towns }] = (await cypher<{ towns: number }>(server.app.connection, 'MATCH (t:Town) RETURN count(t) AS towns')) as [{ towns: number }];
    let response: { data?: Dashboard; errors?: unknown[] } = {};
    const statements = await statementsDuring(server, async () => {
      response = await server.graphql<Dashboard>(dashboard, { first: 20 });
    });
    expect(response.errors).toBeUndefined();
    expect(statements).toEqual({ 'town/list': 1, 'town/directors': 1, 'official/towns': 1, 'town/slogans': 1 });
    expect(total(statements)).toBe(4);

    const api = flatten(response.data!);
    expect(api).toHaveLength(towns);
    expect(api).toEqual(await cypher(server.app.connection, HAND_WRITTEN, { towns: neo4j.int(20) }));
    // not vacuous: directors, their towns and slogans mentioned there all occur
    expect(api.flatMap((t) => t.directors.flatMap((d) => d.towns.flatMap((p) => p.slogans))).length).toBeGreaterThan(0);
  });

  it('runs the count statement only when a client selects totalCount', async () => {
    await loadArticles(server);
    const withCount = dashboard.replace('pageInfo {', 'totalCount\n    pageInfo {');
    expect(await statementsDuring(server, () => server.graphql(withCount))).toMatchObject({ 'town/listCount': 1 });
    expect(await statementsDuring(server, () => server.graphql(dashboard))).not.toHaveProperty('town/listCount');
  });

  it('keeps two aliases of one field with different arguments apart, each one batched', async () => {
    await loadArticles(server);
    const query = `{ towns(first: 10) { edges { node { name
      few: directors(first: 1) { edges { node { name } } }
      all: directors(first: 10) { edges { node { name } } } } } } }`;
    let data: any;
    const statements = await statementsDuring(server, async () => {
      data = (await server.graphql(query)).data;
    });
    expect(statements).toEqual({ 'town/list': 1, 'town/directors': 2 });
    for (const { node } of data.towns.edges) expect(node.all.edges.slice(0, 1)).toEqual(node.few.edges);
  });
});
