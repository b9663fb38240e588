import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, startTestServer, type TestServer } from '../helper.js';
import { cypher, exampleOperations, loadArticles } from './support.js';

// the hand-annotated graph of the sample: what the examples must find, whatever names the gazetteer prefers
const gold = JSON.parse(readFileSync(join(fixtures, 'articles/kunshan-npc-18-3-group-review.gold.json'), 'utf8'));
const bare = (name: string) => name.replace(/\s/g, '').replace(/[镇市区]$/, '');
const goldTowns: { name: string; aliases: string[] }[] = gold.entities.Town.required;
/** the gold town a graph name stands for, matched as the scorer matches: suffix-stripped, aliases included */
const goldTown = (name: string) => goldTowns.find((t) => [t.name, ...t.aliases].some((n) => bare(n) === bare(name)))?.name;
const goldPhrases = new Set([
  ...gold.entities.Slogan.required,
  ...gold.entities.Slogan.optional,
  ...gold.entities.Industry.required,
  ...gold.entities.Industry.optional,
]);
const SAMPLE_TITLE = '江苏苏州周伟陈丽艳分别参加市十八届人大三次会议分组审议';

describe('the playground example operations against the sample corpus', () => {
  const operations = exampleOperations();
  let server: TestServer;
  const run = async (name: string) => {
    const { data, errors } = await server.graphql(operations.get(name)!);
    expect(errors).toBeUndefined();
    return data;
  };
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server);
  });
  afterAll(() => server.close());

  it('Explore: full-text search ranks 民生七有 first, and 巴城 opens with its director and directives', async () => {
    const { search, town } = await run('Explore');
    expect(search[0]).toMatchObject({ result: { __typename: 'Slogan', name: '民生七有' } });
    expect(search.map((hit: any) => hit.result.name)).toContain('民生七优');
    expect(search.map((hit: any) => hit.score)).toEqual([...search.map((hit: any) => hit.score)].sort((a, b) => b - a));
    expect(goldTown(town.name)).toBe('巴城');
    expect([town.name, ...town.aliases].map(bare)).toContain('巴城');
    expect(town.kind).toBe('TOWN');
    expect(town.directors.edges.map((e: any) => e.node)).toEqual([{ name: '周伟', titles: expect.arrayContaining(['市委书记']) }]);
    expect(town.directives.totalCount).toBeGreaterThanOrEqual(1);
    for (const { node } of town.directives.edges) {
      expect(node).toMatchObject({ official: { name: '周伟' }, evidence: { article: { title: SAMPLE_TITLE } } });
      expect(node.points.length).toBeGreaterThan(0);
      expect(node.evidence.end).toBeGreaterThan(node.evidence.start);
    }
  });

  it("Research: 周伟's co-attendees, towns and remarks in reading order; the most mentioned slogans first", async () => {
    const { official, slogans } = await run('Research');
    expect(official.titles).toEqual(expect.arrayContaining(['市人大代表', '市委书记']));
    // the city leaders who sat in on his groups, and the mayor at the same meeting
    expect(official.coAttendees.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(['孙道寻', '李文', '单杰', '施伟华', '陈丽艳']));
    expect(official.coAttendees.edges.map((e: any) => e.node.name)).not.toContain('周伟');
    expect(official.towns.edges.map((e: any) => goldTown(e.node.name)).sort()).toEqual(['巴城', '昆山高新区']);
    const required = gold.relations.MENTIONS.required.filter(([who]: string[]) => who === '周伟');
    expect(official.mentions.totalCount).toBeGreaterThanOrEqual(required.length);
    const starts = official.mentions.edges.map((e: any) => e.node.evidence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const { node } of official.mentions.edges) expect(goldPhrases).toContain(node.subject.name);

    const counts = await cypher<{ text: string; mentions: number }>(
      server.app.connection,
      'MATCH (s:Slogan) RETURN s.name AS text, COUNT { (s)<-[:MENTIONS]-() } AS mentions',
    );
    const mentionsOf = new Map(counts.map((row) => [row.text, row.mentions]));
    const top = Math.max(...counts.map((row) => row.mentions));
    expect(slogans.totalCount).toBe(counts.length);
    expect(mentionsOf.get(slogans.edges[0].node.text)).toBe(top);
    const shown = slogans.edges.map((e: any) => mentionsOf.get(e.node.text));
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    for (const { node } of slogans.edges) expect(node.officials.edges.length + node.towns.edges.length).toBeGreaterThan(0);
  });

  it('TownDashboard: every town of the sample with the officials who directed it, as the gold graph has them', async () => {
    const { towns } = await run('TownDashboard');
    const directed = new Map<string, string[]>();
    for (const [official, town] of gold.relations.DIRECTED.required as [string, string][]) directed.set(town, [...(directed.get(town) ?? []), official]);
    expect(towns.edges.map((e: any) => goldTown(e.node.name)).sort()).toEqual([...directed.keys()].sort());
    for (const { node } of towns.edges) {
      expect(node.directors.edges.map((e: any) => e.node.name)).toEqual(directed.get(goldTown(node.name)!));
      for (const { node: director } of node.directors.edges) {
        expect(director.towns.edges.map((e: any) => e.node.name)).toContain(node.name);
      }
    }
    expect(towns.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });
});
