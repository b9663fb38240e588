import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/resolvers/globalId.js';
import { startTestServer, type TestServer } from '../helper.js';
import { cypher, FIXTURE_ARTICLES, loadArticles, SAMPLE } from './support.js';

const names = (connection: { edges: { node: { name: string } }[] }) => connection.edges.map((e) => e.node.name);

describe('lists: Relay connections with filters and sorting; lookups, node(id:), search, edges', () => {
  let server: TestServer;
  const query = async (text: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await server.graphql(text, variables);
    expect(errors).toBeUndefined();
    return data;
  };
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server, [SAMPLE, ...FIXTURE_ARTICLES]);
  });
  afterAll(() => server.close());

  it('pages forward with first/after to exactly the whole list, with counts and page info', async () => {
    const all = await cypher<{ name: string }>(server.app.connection, 'MATCH (o:Official) RETURN o.name AS name ORDER BY o.name, o.key');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { officials } = await query(
        'query ($after: String) { officials(first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } } }',
        { after },
      );
      expect(officials.totalCount).toBe(all.length);
      expect(officials.pageInfo.hasPreviousPage).toBe(page > 0);
      expect(officials.pageInfo.startCursor).toBe(officials.edges[0].cursor);
      expect(officials.pageInfo.endCursor).toBe(officials.edges.at(-1).cursor);
      seen.push(...names(officials));
      if (!officials.pageInfo.hasNextPage) break;
      after = officials.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((row) => row.name));
    expect(all.length).toBeGreaterThan(20);
  });

  it('sorts by a whitelisted field in either direction', async () => {
    const { asc, desc, byKind } = await query(`{
      asc: towns(first: 50, orderBy: { field: NAME }) { edges { node { name } } }
      desc: towns(first: 50, orderBy: { field: NAME, direction: DESC }) { edges { node { name } } }
      byKind: towns(first: 50, orderBy: { field: KIND, direction: DESC }) { edges { node { kind } } } }`);
    expect(names(desc)).toEqual([...names(asc)].reverse());
    expect(names(asc)).toEqual([...names(asc)].sort());
    const kinds = byKind.edges.map((e: any) => e.node.kind.toLowerCase());
    expect(kinds).toEqual([...kinds].sort().reverse());
  });

  it('filters by name (canonical or alias, equal or contained), kind and related entity', async () => {
    const { byAlias, contains, zones } = await query(`{
      byAlias: towns(filter: { name: { equals: "巴城" } }) { edges { node { name aliases } } }
      contains: officials(first: 50, filter: { name: { contains: "伟" } }) { edges { node { name } } }
      zones: towns(first: 50, filter: { kind: [DEVELOPMENT_ZONE] }) { totalCount edges { node { kind } } } }`);
    expect(byAlias.edges).toHaveLength(1);
    expect([byAlias.edges[0].node.name, ...byAlias.edges[0].node.aliases]).toContain('巴城');
    expect(names(contains).length).toBeGreaterThan(1);
    for (const name of names(contains)) expect(name).toContain('伟');
    const [zoneCount] = await cypher<{ n: number }>(server.app.connection, "MATCH (t:Town {kind: 'development_zone'}) RETURN count(t) AS n");
    expect(zones.totalCount).toBe(zoneCount!.n);
    expect(new Set(zones.edges.map((e: any) => e.node.kind))).toEqual(new Set(['DEVELOPMENT_ZONE']));

    const bacheng = toGlobalId('Town:昆山市/巴城镇');
    const zhouWei = toGlobalId('Official:昆山市:周伟');
    const related = await query(`{
      atBacheng: officials(first: 50, filter: { town: "${bacheng}" }) { edges { node { name } } }
      hisSlogans: slogans(first: 100, filter: { official: "${zhouWei}" }) { totalCount }
      official(id: "${zhouWei}") { slogans(first: 100) { totalCount } } }`);
    const atBacheng = await cypher<{ name: string }>(
      server.app.connection,
      "MATCH (o:Official)-[:ATTENDED|DIRECTED]->(:Town {key: '昆山市/巴城镇'}) RETURN DISTINCT o.name AS name ORDER BY name",
    );
    expect(names(related.atBacheng)).toEqual(atBacheng.map((row) => row.name));
    expect(related.hisSlogans.totalCount).toBe(related.official.slogans.totalCount);
    expect(related.hisSlogans.totalCount).toBeGreaterThan(5);
  });

  it('looks nodes up by name and alias, and node(id:) gives back what an id names, for every type', async () => {
    const { town, slogan, meeting } = await query(
      '{ town(name: "巴城镇") { id key } slogan(text: "民生七有") { id text name } meeting(name: "市十八届人大三次会议") { id name body term session } }',
    );
    expect(slogan).toMatchObject({ text: '民生七有', name: '民生七有' });
    expect(meeting).toMatchObject({ name: '昆山市第十八届人民代表大会第三次会议', body: 'NPC', term: 18, session: 3 });
    const { articles } = await query('{ articles(first: 1) { edges { node { id key } } } }');
    for (const { id } of [town, slogan, meeting, articles.edges[0].node]) {
      expect((await query(`{ node(id: "${id}") { id } }`)).node).toEqual({ id });
    }
    expect(town.id).toBe(toGlobalId(`Town:${town.key}`));
  });

  it('searches the cjk full-text indexes: partial names, literal query syntax, articles and evidence', async () => {
    const { partial, literal, articles, evidence } = await query(`{
      partial: search(text: "高新", types: [TOWN]) { result { ... on Town { name aliases } } }
      literal: search(text: "组长+链主", types: [SLOGAN], first: 1) { result { ... on Slogan { text } } }
      articles: search(text: "分组审议", types: [ARTICLE], first: 3) { score result { __typename ... on Article { title } } }
      evidence: search(text: "民生七有", types: [EVIDENCE], first: 5) { result { __typename ... on Relation { evidence { sentence } } } } }`);
    expect(partial.map((hit: any) => [hit.result.name, ...hit.result.aliases].join()).join()).toContain('高新');
    expect(literal).toEqual([{ result: { text: '组长+链主' } }]);
    expect(articles.map((hit: any) => hit.result.__typename)).toEqual(articles.map(() => 'Article'));
    expect(articles.map((hit: any) => hit.result.title)).toContain('江苏苏州周伟陈丽艳分别参加市十八届人大三次会议分组审议');
    expect(evidence.length).toBeGreaterThan(0);
    for (const { result } of evidence) {
      expect(['Attendance', 'Directive', 'Mention']).toContain(result.__typename);
      expect(result.evidence.sentence).toMatch(/民生|七有/);
    }
  });

  it('serves edges with their properties and provenance: the sentence is the article text at its offsets', async () => {
    const { article } = await query(
      `query ($id: ID!) { article(id: $id) {
      text
      attendances(first: 100) { totalCount edges { node { official { name } town { name } meeting { name } role delegation evidence { sentence start end article { key } } } } }
      mentions(first: 100, filter: { context: DISCUSSION }) { edges { node { context speaker { __typename name } official { name } town { name } subject { name } } } }
      entities(first: 100, types: [OFFICIAL]) { totalCount edges { titles resolution node { __typename name } } } } }`,
      {
        id: toGlobalId(
          `Article:${(await cypher<{ id: string }>(server.app.connection, "MATCH (a:Article) WHERE a.text CONTAINS '民生七有' RETURN a.id AS id"))[0]!.id}`,
        ),
      },
    );
    expect(article.attendances.totalCount).toBeGreaterThan(0);
    for (const { node } of article.attendances.edges) {
      expect(article.text.slice(node.evidence.start, node.evidence.end)).toBe(node.evidence.sentence);
      expect(node.town ?? node.meeting).toBeTruthy();
    }
    // a town group's attendance names its meeting through the edge's meeting key
    expect(article.attendances.edges.some((e: any) => e.node.town && e.node.meeting?.name === '昆山市第十八届人民代表大会第三次会议')).toBe(true);
    for (const { node } of article.mentions.edges) {
      expect(node).toMatchObject({ context: 'DISCUSSION', speaker: { __typename: 'Town' }, official: null });
      expect(node.town.name).toBe(node.speaker.name);
    }
    expect(article.entities.totalCount).toBe(9);
    const zhouWei = article.entities.edges.find((e: any) => e.node.name === '周伟');
    expect(zhouWei.titles).toEqual(['市人大代表', '市委书记']);
  });
  // a list's page and its count are two statements of one file (// @page, // @count): on every node
  // of every type (the 30 best connected of each), each relation's totalCount is the number of rows its pages hold
  it('counts exactly what each relation field lists, on the best connected nodes of every type', async () => {
    const { __schema } = await query('{ __schema { types { name fields { name type { ofType { name } } } } } }');
    const types = __schema.types.filter((type: any) => ['Official', 'Town', 'Meeting', 'Slogan', 'Industry', 'Article'].includes(type.name));
    let compared = 0;
    for (const type of types) {
      const connections = type.fields.filter((field: any) => field.type.ofType?.name?.endsWith('Connection')).map((field: any) => field.name);
      const ids = await cypher<{ id: string }>(server.app.connection, `MATCH (n:${type.name}) RETURN n.gid AS id ORDER BY COUNT { (n)--() } DESC LIMIT 30`);
      const selection = connections.map((field: string) => `${field}(first: 100) { totalCount pageInfo { hasNextPage } edges { cursor } }`).join(' ');
      for (let at = 0; at < ids.length; at += 5) {
        const batch = ids.slice(at, at + 5);
        const aliases = batch.map((_, i) => `n${i}: node(id: $id${i}) { ... on ${type.name} { ${selection} } }`).join(' ');
        const data = await query(
          `query (${batch.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${aliases} }`,
          Object.fromEntries(batch.map(({ id }, i) => [`id${i}`, toGlobalId(id)])),
        );
        batch.forEach(({ id }, i) => {
          for (const field of connections) {
            const connection = data[`n${i}`][field];
            expect(connection.pageInfo.hasNextPage, `${id}.${field} fits one page`).toBe(false);
            expect(connection.totalCount, `${id}.${field}`).toBe(connection.edges.length);
            compared++;
          }
        });
      }
    }
    expect(compared).toBeGreaterThan(400);
  });
});
