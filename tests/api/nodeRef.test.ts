import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/resolvers/globalId.js';
import { startTestServer, type TestServer } from '../helper.js';
import { FIXTURE_ARTICLES, loadArticles, SAMPLE, statementsDuring } from './support.js';

const PATH = `query ($from: ID, $to: ID, $fromNode: NodeRef, $toNode: NodeRef) {
  shortestPath(from: $from, to: $to, fromNode: $fromNode, toNode: $toNode) { length nodes { ... on Entity { name } } } }`;

describe('traversals name their nodes by id or by label and name (NodeRef)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server, [SAMPLE, ...FIXTURE_ARTICLES]);
  });
  afterAll(() => server.close());

  it('by id, as before, and by name, to the same answer', async () => {
    const byId = await server.graphql(PATH, { from: toGlobalId('Official:昆山市:周伟'), to: toGlobalId('Industry:一只蟹') });
    expect(byId.errors).toBeUndefined();
    expect(byId.data.shortestPath.nodes.map((n: { name: string }) => n.name)).toEqual(['周伟', '一只蟹']);
    const byName = await server.graphql(PATH, { fromNode: { label: 'OFFICIAL', name: '周伟' }, toNode: { label: 'INDUSTRY', name: '一只蟹' } });
    expect(byName).toEqual(byId);
    // a NodeRef may carry an id too; mixed forms are fine
    expect(await server.graphql(PATH, { fromNode: { id: toGlobalId('Official:昆山市:周伟') }, to: toGlobalId('Industry:一只蟹') })).toEqual(byId);
  });

  it('by name through the full-text index, for every traversal, aliases included', async () => {
    const statements = await statementsDuring(server, async () => {
      const result = await server.graphql(`{ neighbourhood(node: { label: TOWN, name: "巴城" }) { nodes { id } }
        coAttendance(official: { label: OFFICIAL, name: "周伟", jurisdiction: "昆山市" }) { official { name } }
        allShortestPaths(fromNode: { label: OFFICIAL, name: "周伟" }, toNode: { label: TOWN, name: "巴城镇" }) { length } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data.neighbourhood.nodes[0].id).toBe(toGlobalId('Town:320583101'));
      expect(result.data.coAttendance.length).toBeGreaterThan(0);
    });
    expect(statements['reference/byName']).toBe(4);
    const plan = await server.app.connection.driver.executeQuery(
      "EXPLAIN CALL db.index.fulltext.queryNodes('entity_names', '\"周伟\"', {limit: 500}) YIELD node RETURN node",
      {},
      { database: server.app.connection.database },
    );
    expect(JSON.stringify(plan.summary.plan)).not.toMatch(/NodeByLabelScan|AllNodesScan/);
  });

  it('a name the graph does not hold is NOT_FOUND naming the argument', async () => {
    const result = await server.graphql(PATH, { fromNode: { label: 'OFFICIAL', name: '无此人' }, to: toGlobalId('Industry:一只蟹') });
    expect(result.errors?.[0]).toMatchObject({
      message: "fromNode names no node in the graph: Official '无此人'",
      extensions: { code: 'NOT_FOUND', argument: 'fromNode' },
    });
    // the right name with the wrong label is not found either
    const wrongLabel = await server.graphql(`{ neighbourhood(node: { label: SLOGAN, name: "周伟" }) { truncated } }`);
    expect(wrongLabel.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'node' });
  });

  it('a name several nodes carry is BAD_USER_INPUT listing each candidate, until the jurisdiction tells them apart', async () => {
    const result = await server.graphql(`{ neighbourhood(node: { label: OFFICIAL, name: "李铭" }) { truncated } }`);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        argument: 'node',
        candidates: [
          { id: toGlobalId('Official:吴江区:李铭'), label: 'OFFICIAL', name: '李铭', jurisdiction: '吴江区' },
          { id: toGlobalId('Official:昆山市:李铭'), label: 'OFFICIAL', name: '李铭', jurisdiction: '昆山市' },
        ],
      },
    });
    expect(result.errors?.[0].message).toBe("node: Official '李铭' names 2 nodes (吴江区, 昆山市); pass jurisdiction or an id");
    const narrowed = await server.graphql(`{ neighbourhood(node: { label: OFFICIAL, name: "李铭", jurisdiction: "吴江区" }) { nodes { id } } }`);
    expect(narrowed.data.neighbourhood.nodes[0].id).toBe(toGlobalId('Official:吴江区:李铭'));
  });

  it('exactly one way of naming each node, and a label the argument takes', async () => {
    const codes = async (query: string) => (await server.graphql(query)).errors?.map((e: { extensions: { code: string; argument: string } }) => e.extensions);
    const zhou = toGlobalId('Official:昆山市:周伟');
    expect(await codes(`{ neighbourhood { truncated } }`)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'id' }]);
    expect(await codes(`{ neighbourhood(id: "${zhou}", node: { id: "${zhou}" }) { truncated } }`)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'id' }]);
    expect(await codes(`{ neighbourhood(node: { name: "周伟" }) { truncated } }`)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'node' }]);
    expect(await codes(`{ neighbourhood(node: { id: "${zhou}", label: OFFICIAL, name: "周伟" }) { truncated } }`)).toEqual([
      { code: 'BAD_USER_INPUT', argument: 'node' },
    ]);
    expect(await codes(`{ coAttendance(official: { label: TOWN, name: "巴城镇" }) { weight } }`)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'official' }]);
    const diffusion = await server.graphql(`{ sloganDiffusion(slogan: { label: INDUSTRY, name: "一只蟹" }) { subject { name } } }`);
    expect(diffusion).toEqual({ data: { sloganDiffusion: { subject: { name: '一只蟹' } } } });
  });
});
