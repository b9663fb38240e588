import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/resolvers/globalId.js';
import { cypher as read, loadArticles, startTestServer, type TestServer } from './helper.js';

describe('researcher traversals over the sample corpus, checked against hand-written Cypher', () => {
  let server: TestServer;
  const cypher = (query: string, params: Record<string, unknown> = {}) => read(server.app.connection, query, params);
  const gidOf = async (label: string, name: string) => (await cypher(`MATCH (n:${label} {name: $name}) RETURN n.gid AS gid`, { name }))[0]!.gid as string;
  const idOf = async (label: string, name: string) => toGlobalId(await gidOf(label, name));

  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server);
  });
  afterAll(() => server.close());

  it('shortestPath from 周伟 to “一只蟹”, and to “昆如意” through the meeting he shared with 陈丽艳', async () => {
    const query = `query ($from: ID!, $to: ID!, $maxHops: Int) { shortestPath(from: $from, to: $to, maxHops: $maxHops) {
      length nodes { __typename ... on Entity { name } } edges { type direction source { id } target { id } evidence { sentence start end } } } }`;
    const direct = await server.graphql(query, { from: await idOf('Official', '周伟'), to: await idOf('Industry', '一只蟹') });
    const [expected] = await cypher(`MATCH (a:Official {name: '周伟'}), (b:Industry {name: '一只蟹'})
      MATCH p = shortestPath((a)-[:ATTENDED|DIRECTED|MENTIONS*..10]-(b)) RETURN length(p) AS length, [n IN nodes(p) | n.name] AS names`);
    expect(direct.errors).toBeUndefined();
    expect(direct.data.shortestPath.length).toBe(expected!.length);
    expect(direct.data.shortestPath.nodes.map((n: { name: string }) => n.name)).toEqual(expected!.names);
    expect(direct.data.shortestPath.edges[0]).toMatchObject({
      type: 'MENTIONS',
      direction: 'FORWARD',
      evidence: { sentence: expect.stringContaining('一只蟹') },
    });

    const far = await server.graphql(query, { from: await idOf('Official', '周伟'), to: await idOf('Slogan', '昆如意') });
    const paths = await cypher(`MATCH (a:Official {name: '周伟'}), (b:Slogan {name: '昆如意'})
      MATCH p = allShortestPaths((a)-[:ATTENDED|DIRECTED|MENTIONS*..10]-(b)) RETURN [n IN nodes(p) | n.name] AS names`);
    expect(far.data.shortestPath.length).toBe(paths[0]!.names.length - 1);
    expect(paths.map((p) => p.names)).toContainEqual(far.data.shortestPath.nodes.map((n: { name: string }) => n.name));
    expect(far.data.shortestPath.edges.some((e: { direction: string }) => e.direction === 'BACKWARD')).toBe(true);

    const tooShort = await server.graphql(query, {
      from: await idOf('Official', '周伟'),
      to: await idOf('Slogan', '昆如意'),
      maxHops: far.data.shortestPath.length - 1,
    });
    expect(tooShort.data.shortestPath).toBeNull();
  });

  it('allShortestPaths returns every shortest path Cypher finds', async () => {
    const result = await server.graphql(
      `query ($from: ID!, $to: ID!) { allShortestPaths(from: $from, to: $to, first: 50) { length nodes { ... on Entity { name } } } }`,
      { from: await idOf('Official', '周伟'), to: await idOf('Slogan', '昆如意') },
    );
    const paths = await cypher(`MATCH (a:Official {name: '周伟'}), (b:Slogan {name: '昆如意'})
      MATCH p = allShortestPaths((a)-[:ATTENDED|DIRECTED|MENTIONS*..10]-(b)) RETURN [n IN nodes(p) | n.name] AS names`);
    const names = (list: string[][]) => list.map((p) => p.join('→')).sort();
    expect(names(result.data.allShortestPaths.map((p: { nodes: { name: string }[] }) => p.nodes.map((n) => n.name)))).toEqual(names(paths.map((p) => p.names)));
  });

  it('neighbourhood of 巴城镇: its neighbours and every edge among them', async () => {
    const result = await server.graphql(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 1) { truncated nodes { id } edges { type source { id } target { id } } } }`,
      { id: await idOf('Town', '巴城镇') },
    );
    const gids = await cypher(
      `MATCH (t:Town {name: '巴城镇'})-[:ATTENDED|DIRECTED|MENTIONS]-(m) WITH t, collect(DISTINCT m.gid) AS found RETURN found + t.gid AS gids`,
    );
    const expectedIds = (gids[0]!.gids as string[]).map(toGlobalId).sort();
    expect(result.data.neighbourhood.truncated).toBe(false);
    expect(result.data.neighbourhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual(expectedIds);
    const [edges] = await cypher(`MATCH (a)-[r:ATTENDED|DIRECTED|MENTIONS]->(b) WHERE a.gid IN $gids AND b.gid IN $gids RETURN count(r) AS n`, {
      gids: gids[0]!.gids,
    });
    expect(result.data.neighbourhood.edges).toHaveLength(edges!.n);

    const small = await server.graphql(`query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 5) { truncated nodes { id } } }`, {
      id: await idOf('Town', '巴城镇'),
    });
    expect(small.data.neighbourhood).toMatchObject({ truncated: true });
    expect(small.data.neighbourhood.nodes).toHaveLength(5);
  });

  it("陈丽艳's co-attendees, with the events they shared", async () => {
    const result = await server.graphql(
      `query ($id: ID!) { coAttendance(officialId: $id) { official { name } weight sharedEvents { town { name } meeting { name } article { title } } } }`,
      { id: await idOf('Official', '陈丽艳') },
    );
    // an event: a meeting as a whole, a town's group at one meeting, or a visit to a town reported by one article
    const expected = await cypher(`MATCH (o:Official {name: '陈丽艳'})-[mine:ATTENDED]->(place)<-[theirs:ATTENDED]-(other:Official)
      WHERE other <> o AND (place:Meeting OR coalesce(mine.meeting, mine.article) = coalesce(theirs.meeting, theirs.article))
      RETURN other.name AS name, count(DISTINCT [place, CASE WHEN place:Meeting THEN null ELSE coalesce(mine.meeting, mine.article) END]) AS weight
      ORDER BY weight DESC, name`);
    expect(result.errors).toBeUndefined();
    expect(result.data.coAttendance.map((c: { official: { name: string }; weight: number }) => ({ name: c.official.name, weight: c.weight }))).toEqual(
      expected,
    );
    expect(result.data.coAttendance[0].sharedEvents[0].article.title).toBe('江苏苏州周伟陈丽艳分别参加市十八届人大三次会议分组审议');

    const network = await server.graphql('{ coAttendanceNetwork(minShared: 1, first: 1000) { source { name } target { name } weight } }');
    const [pairs] = await cypher(`MATCH (a:Official)-[:ATTENDED]->(place)<-[:ATTENDED]-(b:Official) WHERE a.gid < b.gid RETURN count(DISTINCT [a, b]) AS n`);
    expect(network.data.coAttendanceNetwork).toHaveLength(pairs!.n);
  });

  it('sloganDiffusion: the towns where “昆如意” appears, who raised it, first appearance', async () => {
    const result = await server.graphql(
      `query ($id: ID!) { sloganDiffusion(sloganId: $id) { subject { name } townCount officialCount
      firstAppearance { official { name } town { name } evidence { sentence } } timeline { date town { name } official { name } context evidence { article { id } } } } }`,
      { id: await idOf('Slogan', '昆如意') },
    );
    const towns = await cypher(`MATCH (s:Slogan {name: '昆如意'})<-[r:MENTIONS]-(x) OPTIONAL MATCH (t:Town {key: r.town})
      RETURN collect(DISTINCT CASE WHEN x:Town THEN x.name ELSE t.name END) AS towns, count(r) AS mentions`);
    const diffusion = result.data.sloganDiffusion;
    expect(diffusion.subject.name).toBe('昆如意');
    expect(diffusion.timeline).toHaveLength(towns[0]!.mentions);
    expect(new Set(diffusion.timeline.map((e: { town: { name: string } }) => e.town?.name))).toEqual(new Set(towns[0]!.towns));
    expect(diffusion.townCount).toBe(towns[0]!.towns.length);
    expect(diffusion.firstAppearance).toMatchObject({
      official: { name: '陈丽艳' },
      town: { name: '花桥经济开发区' },
      evidence: { sentence: expect.stringContaining('昆如意') },
    });
  });

  it('centrality of the official–town graph: degree as Cypher counts it, PageRank summing to 1', async () => {
    const result =
      await server.graphql(`{ centralityRanking(by: DEGREE, first: 100) { node { __typename name } centrality { degree degreeCentrality betweenness pageRank } }
      official(name: "周伟") { centrality { degree } } }`);
    expect(result.errors).toBeUndefined();
    const degrees = await cypher(`MATCH (o:Official)-[:ATTENDED|DIRECTED]->(t:Town) WITH o, t
      UNWIND [o, t] AS n WITH n, count(DISTINCT CASE WHEN n = o THEN t ELSE o END) AS degree RETURN n.name AS name, degree ORDER BY degree DESC, name`);
    const ranking = result.data.centralityRanking as { node: { name: string }; centrality: { degree: number; pageRank: number } }[];
    expect(new Map(ranking.map((r) => [r.node.name, r.centrality.degree]))).toEqual(new Map(degrees.map((d) => [d.name, d.degree])));
    expect(ranking.reduce((sum, r) => sum + r.centrality.pageRank, 0)).toBeCloseTo(1, 6);
    expect(result.data.official.centrality.degree).toBe(degrees.find((d) => d.name === '周伟')!.degree);
  });

  it('every bound refuses with BAD_USER_INPUT before any Cypher runs', async () => {
    const statements = async () => (await server.app.metrics.cypherStatements.get()).values.reduce((sum, v) => sum + v.value, 0);
    const before = await statements();
    const zhou = await idOf('Official', '周伟');
    for (const query of [
      `{ shortestPath(from: "${zhou}", to: "${zhou}") { length } }`,
      `{ shortestPath(from: "${zhou}", to: "${await idOf('Town', '巴城镇')}", maxHops: 11) { length } }`,
      `{ neighbourhood(id: "${zhou}", depth: 4) { truncated } }`,
      `{ neighbourhood(id: "${zhou}", limit: 501) { truncated } }`,
      `{ allShortestPaths(from: "${zhou}", to: "${await idOf('Town', '巴城镇')}", first: 51) { length } }`,
      `{ coAttendance(officialId: "${zhou}", minShared: 0) { weight } }`,
      `{ coAttendance(officialId: "${await idOf('Town', '巴城镇')}") { weight } }`,
      '{ centralityRanking(first: 501) { centrality { degree } } }',
    ]) {
      const result = await server.graphql(query);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/must|needs/);
    }
    expect(await statements()).toBe(before);
  });

  it('every traversal from or to a node that is not in the graph is NOT_FOUND, naming the argument', async () => {
    const zhou = await idOf('Official', '周伟');
    const missingTown = toGlobalId('Town:某市/无此镇');
    for (const [query, argument] of [
      [`{ neighbourhood(id: "${missingTown}") { truncated } }`, 'id'],
      [`{ sloganDiffusion(sloganId: "${toGlobalId('Slogan:无此口号')}") { townCount } }`, 'sloganId'],
      [`{ shortestPath(from: "${zhou}", to: "${missingTown}") { length } }`, 'to'],
      [`{ allShortestPaths(from: "${missingTown}", to: "${zhou}") { length } }`, 'from'],
      [`{ coAttendance(officialId: "${toGlobalId('Official:某市:无此人')}") { weight } }`, 'officialId'],
    ]) {
      const result = await server.graphql(query!);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'NOT_FOUND', argument });
      expect(result.errors?.[0]?.message).toMatch(new RegExp(`^${argument} names no node in the graph: (Town|Slogan|Official):`));
    }
  });

  it("GET /export/* serves GraphML and GEXF with Neo4j's counts, and the CSV event table", async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const { nodes, edges } = (await cypher('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges'))[0] as {
      nodes: number;
      edges: number;
    };
    const graphml = await fetch(`${base}/export/graph.graphml`);
    expect(graphml.headers.get('content-disposition')).toBe('attachment; filename=graph.graphml');
    const gexf = await fetch(`${base}/export/graph.gexf`);
    for (const graph of [parseGraphml(MultiDirectedGraph, await graphml.text()), parseGexf(MultiDirectedGraph, await gexf.text())]) {
      expect([graph.order, graph.size]).toEqual([nodes, edges]);
    }
    const csv = await fetch(`${base}/export/events.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\n')[0]).toBe(
      'date,official,jurisdiction,role,relation,town,meeting,slogan,industry,points,articleTitle,articleSource,articleId,evidence,start,end',
    );
  });
});
