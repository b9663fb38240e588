import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLBody, type TestServer } from '../helper.js';
import { cypher, FIXTURE_ARTICLES, loadArticles, SAMPLE, statementsDuring } from './support.js';

// the forms that start from a name index (cypherExplain.test.ts proves each plans without a label scan)
const SEEKING = /\/(byName|listNamed|listNamedCount)$/;
// the forms that start from every node of a label: a name must never reach them
const SCANNING = /\/(list|listCount)$/;

type Label = 'Official' | 'Town' | 'Slogan' | 'Industry' | 'Meeting';

// what the old label scan answered: name or alias, equal or containing
const truth = (label: Label, how: 'equals' | 'contains') =>
  `MATCH (n:${label}) WHERE ${how === 'equals' ? 'n.name = $text OR $text IN n.aliases' : 'n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)'}
   RETURN n.name AS name ORDER BY name`;

describe('names reach the graph through its name indexes, never a label scan', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server, [SAMPLE, ...FIXTURE_ARTICLES]);
  });
  afterAll(() => server.close());

  /** runs one operation and returns its data and the statements it sent to Neo4j */
  const run = async (text: string) => {
    let body: GraphQLBody = {};
    const ran = Object.keys(await statementsDuring(server, async () => (body = await server.graphql(text))));
    expect(body.errors).toBeUndefined();
    return { data: body.data, ran };
  };

  const lists: [string, Label, 'equals' | 'contains', string][] = [
    ['officials', 'Official', 'equals', '周伟'],
    ['officials', 'Official', 'contains', '伟'],
    ['towns', 'Town', 'equals', '巴城'],
    ['towns', 'Town', 'contains', '城'],
    ['slogans', 'Slogan', 'equals', '组长+链主'],
    // Lucene's syntax characters inside a substring are matched literally
    ['slogans', 'Slogan', 'contains', '长+链'],
    ['industries', 'Industry', 'equals', '一只蟹'],
    ['industries', 'Industry', 'contains', '蟹'],
    ['meetings', 'Meeting', 'contains', '人民代表大会'],
  ];
  it.each(lists)('%s filtered by name %s "%s" answers as a scan would, from the index', async (field, label, how, text) => {
    const { data, ran } = await run(`{ ${field}(first: 100, filter: { name: { ${how}: ${JSON.stringify(text)} } }) { totalCount edges { node { name } } } }`);
    const expected = (await cypher<{ name: string }>(server.app.connection, truth(label, how), { text })).map((row) => row.name);
    expect(expected.length).toBeGreaterThan(0);
    const got = data[field].edges.map((e: { node: { name: string } }) => e.node.name);
    expect([...got].sort()).toEqual(expected);
    expect(data[field].totalCount).toBe(expected.length);
    expect(ran.filter((name) => SCANNING.test(name))).toEqual([]);
    expect(ran.length).toBeGreaterThan(0);
    for (const name of ran) expect(name).toMatch(SEEKING);
  });

  it('a name nobody carries answers an empty list, and quotes or backslashes in it are only text', async () => {
    for (const text of ['周"伟', 'a\\b', '*', 'name:周伟 OR *']) {
      const { data } = await run(
        `{ officials(filter: { name: { equals: ${JSON.stringify(text)} } }) { totalCount } byPart: officials(filter: { name: { contains: ${JSON.stringify(text)} } }) { totalCount } }`,
      );
      expect([data.officials.totalCount, data.byPart.totalCount]).toEqual([0, 0]);
    }
  });

  it('articles filtered by title seek the title index', async () => {
    const [first] = await cypher<{ title: string }>(server.app.connection, 'MATCH (a:Article) RETURN a.title AS title ORDER BY a.id LIMIT 1');
    const title = first!.title;
    const { data, ran } = await run(`{ exact: articles(filter: { title: { equals: ${JSON.stringify(title)} } }) { totalCount edges { node { title } } }
      part: articles(first: 100, filter: { title: { contains: "审议" } }) { totalCount } }`);
    expect(data.exact.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([title]);
    const [counted] = await cypher<{ n: number }>(server.app.connection, "MATCH (a:Article) WHERE a.title CONTAINS '审议' RETURN count(a) AS n");
    const n = counted!.n;
    expect(data.part.totalCount).toBe(n);
    expect(n).toBeGreaterThan(0);
    for (const name of ran) expect(name).toMatch(/^article\/listNamed(Count)?$/);
  });

  it('lookups by name or alias, and traversals between named nodes, run only seeking statements to find them', async () => {
    const { data, ran } = await run(`{
      official(name: "周伟") { name }
      town(name: "巴城") { name }
      slogan(text: "民生七有") { text }
      industry(name: "一只蟹") { name }
      meeting(name: "市十八届人大三次会议") { name } }`);
    expect(data).toMatchObject({ official: { name: '周伟' }, town: { name: '巴城镇' }, slogan: { text: '民生七有' }, industry: { name: '一只蟹' } });
    expect(data.meeting.name).toMatch(/人民代表大会/);
    expect([...ran].sort()).toEqual(['industry/byName', 'meeting/byName', 'official/byName', 'slogan/byName', 'town/byName']);

    const path = await run('{ shortestPath(fromNode: { label: OFFICIAL, name: "周伟" }, toNode: { label: INDUSTRY, name: "一只蟹" }) { length } }');
    expect(path.data.shortestPath.length).toBeGreaterThan(0);
    expect(path.ran).toContain('reference/byName');
    expect(path.ran.filter((name) => SCANNING.test(name))).toEqual([]);
  });
});
