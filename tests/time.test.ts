import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptionCurve } from '../src/analysis/adoptionCurve.js';
import { toGlobalId } from '../src/resolvers/globalId.js';
import { cypher, fixtures, loadArticles, SAMPLE, startTestServer, type TestServer } from './helper.js';

const TOKEN = 'time-test-token';
const asWriter = { authorization: `Bearer ${TOKEN}` };
const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }';
const ARTICLES =
  'query ($after: String) { articles(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { key source date dateSource eventDate eventDateSource } } } }';

interface Expected {
  source: string;
  expected: { published: string | null; event: string | null };
}
// real passages with their page addresses and hand-written dates (tests/fixtures/dates/README in the unit test)
const dated = readdirSync(join(fixtures, 'dates'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    text: readFileSync(join(fixtures, 'dates', file.replace(/\.json$/, '.txt')), 'utf8'),
    ...(JSON.parse(readFileSync(join(fixtures, 'dates', file), 'utf8')) as Expected),
  }));

const national = readdirSync(join(fixtures, 'national', 'dev'))
  .filter((file) => file.endsWith('.txt'))
  .map((file) => join(fixtures, 'national', 'dev', file));

describe('time: dates read from the articles, careers, adoption curves and dated networks', () => {
  let server: TestServer;
  // the one row a hand-written query returns
  const one = async (text: string, params: Record<string, unknown> = {}) => (await cypher(server.app.connection, text, params))[0]!;
  const query = async (text: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await server.graphql(text, variables);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    return data;
  };
  beforeAll(async () => {
    server = await startTestServer({ writeToken: TOKEN });
    // the sample (its date masked) and the national development passages with their sidecars: slogans said on known days
    await loadArticles(server, [SAMPLE, ...national]);
    for (const { text, source } of dated) {
      const { errors } = await server.graphql(INGEST, { input: { text, source } }, asWriter);
      expect(errors, source).toBeUndefined();
    }
  });
  afterAll(() => server.close());

  it('dates real passages from their text and page address, saying how, and never dates an edge by the publication', async () => {
    const bySource = new Map<string, any>();
    for (let after = null, more = true; more;) {
      const { articles } = await query(ARTICLES, { after });
      for (const { node } of articles.edges) bySource.set(node.source, node);
      ({ hasNextPage: more, endCursor: after } = articles.pageInfo);
    }
    let published = 0;
    let event = 0;
    for (const { source, expected } of dated) {
      const article = bySource.get(source);
      if (article.date === expected.published) published++;
      if (article.eventDate === expected.event) event++;
      if (article.date !== null) expect(['CALLER', 'HEADER', 'URL']).toContain(article.dateSource);
      if (article.eventDate !== null) expect(['TEXT', 'PARTIAL', 'RELATIVE']).toContain(article.eventDateSource);
      // a fact is dated by its own paragraph or by the lead and says which; undated stays undated, never the publication date
      const edges = await cypher(
        server.app.connection,
        'MATCH ()-[r:ATTENDED|DIRECTED|MENTIONS {article: $id}]->() RETURN r.date AS date, r.dateSource AS source',
        { id: article.key },
      );
      for (const edge of edges) {
        expect(edge.source === null, source).toBe(edge.date === null);
        if (edge.date !== null) expect(['text', 'partial', 'relative', 'meeting']).toContain(edge.source);
        if (article.eventDate !== null && edge.source !== 'text' && edge.source !== 'partial') expect(edge.date).toBe(article.eventDate);
      }
    }
    expect(dated.length).toBeGreaterThanOrEqual(50);
    expect(published).toBe(dated.length);
    // the unit test names the five the rules miss (lunar days, a re-post, a misprint, no year at all)
    expect(event).toBeGreaterThanOrEqual(dated.length - 5);
    // the sample masks its date (*月*日): nothing is guessed
    const [sample] = await cypher(
      server.app.connection,
      "MATCH (a:Article) WHERE a.title CONTAINS '周伟陈丽艳' RETURN a.date AS date, a.eventDate AS eventDate",
    );
    expect(sample).toEqual({ date: null, eventDate: null });
  });

  it("gives an official's career: each title with when it was first and last seen, oldest first", async () => {
    const { key } = await one(
      'MATCH (a:Article)-[c:CONTAINS]->(o:Official) WHERE coalesce(a.eventDate, a.date) IS NOT NULL AND size(c.titles) > 0 RETURN o.key AS key, count(a) AS n ORDER BY n DESC, key LIMIT 1',
    );
    const { official } = await query('query ($id: ID!) { official(id: $id) { titles career { title firstSeen lastSeen articles { date eventDate } } } }', {
      id: toGlobalId(`Official:${key}`),
    });
    expect(official.career.length).toBeGreaterThan(0);
    expect(new Set(official.career.map((step: any) => step.title))).toEqual(new Set(official.titles));
    const firsts = official.career.map((step: any) => step.firstSeen).filter(Boolean);
    expect(firsts).toEqual([...firsts].sort());
    for (const step of official.career) {
      const dates = step.articles.map((a: any) => a.eventDate ?? a.date).filter(Boolean);
      expect(step.firstSeen).toBe(dates.length ? [...dates].sort()[0] : null);
      expect(step.lastSeen).toBe(dates.length ? [...dates].sort().at(-1) : null);
    }
  });

  it('shows when a slogan reached each town and its adoption curve, the same on the slogan and in sloganDiffusion', async () => {
    const { gid } = await one(
      'MATCH (s)<-[r:MENTIONS]-() WHERE r.date IS NOT NULL AND (s:Slogan OR s:Industry) RETURN s.gid AS gid, count(r) AS n ORDER BY n DESC, gid LIMIT 1',
    );
    const selection =
      '{ townCount officialCount firstByTown { date town { name } } firstByOfficial { date official { name } } adoption(by: MONTH) { period newTowns towns newOfficials officials } timeline { date } }';
    const { node, sloganDiffusion } = await query(
      `query ($id: ID!) { node(id: $id) { ... on Slogan { timeline ${selection} } ... on Industry { timeline ${selection} } } sloganDiffusion(sloganId: $id) ${selection} }`,
      {
        id: toGlobalId(gid),
      },
    );
    expect(node.timeline).toEqual(sloganDiffusion);
    expect(sloganDiffusion.firstByTown).toHaveLength(sloganDiffusion.townCount);
    expect(sloganDiffusion.firstByOfficial).toHaveLength(sloganDiffusion.officialCount);
    const curve = sloganDiffusion.adoption;
    expect(curve.map((p: any) => p.period)).toEqual([...curve.map((p: any) => p.period)].sort());
    expect(curve.at(-1).towns).toBe(curve.reduce((sum: number, p: any) => sum + p.newTowns, 0));
    expect(curve.at(-1).towns).toBe(sloganDiffusion.firstByTown.filter((e: any) => e.date?.length >= 7).length);
  });

  it('lists what happened at a town, oldest first, as attendances and directives, within a date range', async () => {
    const { gid, from } = await one(
      'MATCH (t:Town)<-[r:ATTENDED|DIRECTED]-() WHERE r.date IS NOT NULL RETURN t.gid AS gid, min(r.date) AS from, count(r) AS n ORDER BY n DESC, gid LIMIT 1',
    );
    const { node } = await query(
      'query ($id: ID!, $from: String) { node(id: $id) { ... on Town { all: timeline { __typename ... on Attendance { date } ... on Directive { date } } later: timeline(date: { from: $from }) { __typename } } } }',
      {
        id: toGlobalId(gid),
        from,
      },
    );
    const dates = node.all.map((event: any) => event.date);
    const known = dates.filter((date: string | null) => date !== null);
    expect(known).toEqual([...known].sort());
    expect(dates.slice(known.length).every((date: string | null) => date === null)).toBe(true);
    expect(node.all.length).toBeGreaterThan(0);
    for (const event of node.all) expect(['Attendance', 'Directive']).toContain(event.__typename);
    expect(node.later.length).toBe(known.length);
  });

  it('restricts the co-attendance network and centrality to a date range', async () => {
    const all = await query('{ coAttendanceNetwork(first: 100) { sharedEvents { date } } }');
    const none = await query(
      '{ coAttendanceNetwork(first: 1000, date: { to: "1990" }) { weight } centralityRanking(first: 500, date: { to: "1990" }) { centrality { degree } } }',
    );
    const whole = await query(
      '{ coAttendanceNetwork(first: 100, date: { from: "1990", to: "2100" }) { sharedEvents { date } } centralityRanking(first: 500, date: { from: "1990", to: "2100" }) { node { id } } }',
    );
    expect(all.coAttendanceNetwork.length).toBeGreaterThan(0);
    expect(none).toEqual({ coAttendanceNetwork: [], centralityRanking: [] });
    // a range keeps only dated events: undated ones (the sample's session) are in the whole network, never in a range's
    const dates = (network: any[]) => network.flatMap((pair) => pair.sharedEvents.map((event: any) => event.date));
    expect(dates(all.coAttendanceNetwork)).toContain(null);
    expect(whole.coAttendanceNetwork.length).toBeGreaterThan(0);
    expect(dates(whole.coAttendanceNetwork)).not.toContain(null);
    // and centrality ranks exactly the officials and towns linked by a dated attendance or directive
    const { linked } = await one(
      'MATCH (o:Official)-[r:ATTENDED|DIRECTED]->(t:Town) WHERE r.date IS NOT NULL UNWIND [o, t] AS n RETURN count(DISTINCT n) AS linked',
    );
    expect(whole.centralityRanking).toHaveLength(Math.min(linked, 500));
  });

  it('kg reextract dates what was stored before dates were read', async () => {
    const { id } = await one('MATCH (a:Article) WHERE a.eventDate IS NOT NULL AND a.source STARTS WITH "http" RETURN a.id AS id, a.date AS date LIMIT 1');
    const [before] = await cypher(server.app.connection, 'MATCH (a:Article {id: $id}) RETURN a.date AS date, a.eventDate AS eventDate', { id });
    // as an article ingested by an older version left it: its date, but no sources, no event date, edges undated
    await cypher(
      server.app.connection,
      'MATCH (a:Article {id: $id}) REMOVE a.dateSource, a.eventDate, a.eventDateSource WITH a MATCH ()-[r {article: a.id}]->() REMOVE r.date, r.dateSource',
      { id },
    );
    const { errors } = await server.graphql('mutation ($id: ID!) { reextractArticle(id: $id) { changed } }', { id: toGlobalId(`Article:${id}`) }, asWriter);
    expect(errors).toBeUndefined();
    const [after] = await cypher(server.app.connection, 'MATCH (a:Article {id: $id}) RETURN a.date AS date, a.eventDate AS eventDate', { id });
    expect(after).toEqual(before);
    const { undated } = await one('MATCH ()-[r:ATTENDED|DIRECTED|MENTIONS {article: $id}]->() WHERE r.date IS NULL RETURN count(r) AS undated', { id });
    expect(undated).toBe(0);
  });
  // runs last: it adds and removes an article of the sample's session
  it('dates a session once another article dates it, and takes the date back when that article goes', async () => {
    const session =
      'query { meeting(name: "昆山市第十八届人民代表大会第三次会议") { date attendances(first: 100) { edges { node { date dateSource evidence { article { key } } } } } } }';
    const { meeting: undated } = await query(session);
    expect(undated.date).toBeNull();
    expect(undated.attendances.edges.every(({ node }: any) => node.date === null)).toBe(true);
    // another report of the same session (the fixture's masked date given, as a dated copy of the page would)
    const text = readFileSync(join(fixtures, 'articles', 'kunshan-npc-bacheng-zhoushi.txt'), 'utf8').replace('*月*日', '1月18日');
    const dated = await server.graphql(INGEST, { input: { text, date: '2024-01-19' } }, asWriter);
    expect(dated.errors).toBeUndefined();
    const { meeting } = await query(session);
    expect(meeting.date).toBe('2024-01-18');
    const sources = new Set(meeting.attendances.edges.map(({ node }: any) => `${node.date} ${node.dateSource}`));
    expect(sources).toEqual(new Set(['2024-01-18 PARTIAL', '2024-01-18 MEETING']));
    await server.graphql('mutation ($id: ID!) { deleteArticle(id: $id) { id } }', { id: dated.data.ingestArticle.article.id }, asWriter);
    const { meeting: again } = await query(session);
    expect(again.date).toBeNull();
    expect(again.attendances.edges.every(({ node }: any) => node.date === null && node.dateSource === null)).toBe(true);
  });
});

describe('adoptionCurve', () => {
  it('counts each town and official once, in the period of its first dated appearance, with running totals', () => {
    const curve = adoptionCurve(
      [
        { date: '2023-05-01', town: 'T:a', official: 'O:x' },
        { date: '2023-07', town: 'T:b', official: 'O:x' },
        { date: '2024', town: 'T:c', official: null },
        { date: '2024-02-03', town: 'T:a', official: 'O:y' },
        { date: null, town: 'T:d', official: 'O:z' },
      ],
      'year',
    );
    expect(curve).toEqual([
      { period: '2023', newTowns: 2, towns: 2, newOfficials: 1, officials: 1 },
      { period: '2024', newTowns: 1, towns: 3, newOfficials: 1, officials: 2 },
    ]);
    // a year-only date cannot be placed in a month
    expect(adoptionCurve([{ date: '2024', town: 'T:c', official: null }], 'month')).toEqual([]);
  });
});
