import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConnection } from '../src/neo4j/connectNeo4j.js';
import { gexfElements } from './export/gexfElements.js';
import { connectTestNeo4j, cypher, fixtures, resetGraph, SAMPLE, testConfig } from './helper.js';

// the real bin/kg.js on the built dist/, as a user runs `npx kg`
async function kg(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { neo4jUri, neo4jUsername, neo4jPassword } = testConfig();
  const env = { PATH: process.env.PATH, NEO4J_URI: neo4jUri!, NEO4J_USERNAME: neo4jUsername, NEO4J_PASSWORD: neo4jPassword, ...extraEnv };
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/kg.js', ...args], { env, maxBuffer: 64 * 2 ** 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('the kg command line', () => {
  let connection: Neo4jConnection;
  const count = async (query: string) => (await connection.driver.executeQuery(query)).records[0]!.get(0) as number;
  beforeAll(async () => {
    connection = await connectTestNeo4j();
    await resetGraph(connection);
  });
  afterAll(() => connection.close());

  it('kg extract prints the extraction contract without touching Neo4j', async () => {
    const { code, stdout } = await kg(['extract', SAMPLE]);
    expect(code).toBe(0);
    const extraction = JSON.parse(stdout);
    expect(extraction.article).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{64}$/), title: expect.any(String) });
    expect(extraction.entities.length).toBeGreaterThan(30);
    expect(extraction.relations[0]).toMatchObject({
      type: expect.any(String),
      from: { type: expect.any(String), name: expect.any(String) },
      to: { name: expect.any(String) },
      evidence: { sentence: expect.any(String), start: expect.any(Number), end: expect.any(Number) },
    });
    expect(await count('MATCH (n) RETURN count(n)')).toBe(0);
  });

  it('kg ingest goes past a bad file with a clear message and exits non-zero at the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x90]));
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const { code, stdout, stderr } = await kg(['ingest', SAMPLE, dir, join(dir, 'missing-*.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dir, 'binary.txt')} is not UTF-8 text`);
    expect(stderr).toMatch(/empty\.txt: .+/);
    expect(stderr).toContain('nothing matches');
    expect(stdout).toMatch(/^articles: 1 new, 0 already present, 2 failed$/m);
    expect(stdout).toMatch(/^nodes: +\d+ created, 0 matched$/m);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(1);
  });

  it("kg export writes GraphML and GEXF that load back into graphology with Neo4j's counts, and a CSV event table", async () => {
    // the sample has no date: two articles dated by their sidecars give the GEXF's timeline a day (the
    // lead's 1月16日 in the sidecar's year) and a month (近日 in a text published on 2024-03-20)
    const dated = mkdtempSync(join(tmpdir(), 'kg-dated-'));
    writeFileSync(join(dated, 'qidu.txt'), '1月16日,吴江区委书记李铭来到七都镇、震泽镇调研。李铭强调,七都镇要做强“一镇一品”。\n');
    writeFileSync(join(dated, 'qidu.meta.json'), JSON.stringify({ date: '2024-01' }));
    writeFileSync(join(dated, 'tongli.txt'), '近日,吴江区委书记李铭来到同里镇调研。李铭强调,同里镇要做强“文旅融合”。\n');
    writeFileSync(join(dated, 'tongli.meta.json'), JSON.stringify({ date: '2024-03-20' }));
    expect((await kg(['ingest', dated])).code).toBe(0);
    const nodes = await count('MATCH (n) RETURN count(n)');
    const edges = await count('MATCH ()-[r]->() RETURN count(r)');
    const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    for (const format of ['graphml', 'gexf', 'csv', 'jsonl']) {
      const { code, stderr } = await kg(['export', '--format', format, '--out', join(dir, `out.${format}`)]);
      expect(code, stderr).toBe(0);
    }
    const graphml = parseGraphml(MultiDirectedGraph, readFileSync(join(dir, 'out.graphml'), 'utf8'));
    const gexf = parseGexf(MultiDirectedGraph, readFileSync(join(dir, 'out.gexf'), 'utf8'));
    for (const graph of [graphml, gexf]) {
      expect(graph.order).toBe(nodes);
      expect(graph.size).toBe(edges);
    }
    expectTimeline(readFileSync(join(dir, 'out.gexf'), 'utf8'), edges);
    const jsonl = readFileSync(join(dir, 'out.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(jsonl.filter((l) => l.kind === 'node')).toHaveLength(nodes);
    expect(jsonl.filter((l) => l.kind === 'edge')).toHaveLength(edges);
    const csv: Record<string, string>[] = parseCsv(readFileSync(join(dir, 'out.csv'), 'utf8'), { bom: true, columns: true });
    expect(csv).toHaveLength(await count('MATCH ()-[r:ATTENDED|DIRECTED|MENTIONS]->() RETURN count(r)'));
    expect(Object.keys(csv[0]!)).toEqual([
      'date',
      'official',
      'jurisdiction',
      'role',
      'relation',
      'town',
      'meeting',
      'slogan',
      'industry',
      'points',
      'articleTitle',
      'articleSource',
      'articleId',
      'evidence',
      'start',
      'end',
    ]);
    expect(csv.find((row) => row.official === '周伟' && row.relation === 'MENTIONS' && row.industry === '一只蟹')).toMatchObject({
      town: '巴城镇',
      jurisdiction: '昆山市',
    });
  });

  it('kg reextract --all catches the stored articles up with a gazetteer change, one transaction each, with a summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-reextract-'));
    writeFileSync(join(dir, 'qingxi.txt'), '4月1日,长兴县委书记张三到雉城、清溪调研。张三强调,清溪要做强“一镇一品”。\n');
    expect((await kg(['ingest', join(dir, 'qingxi.txt')])).code).toBe(0);
    const qingxi = 'MATCH (:Official {name: "张三"})-[r:ATTENDED|DIRECTED]->(:Town {name: "清溪镇"}) RETURN count(r)';
    expect(await count(qingxi)).toBe(0);
    const articles = await count('MATCH (a:Article) RETURN count(a)');

    const gazetteer = join(fixtures, 'reextract', 'qingxi.gazetteer.json');
    const { code, stdout, stderr } = await kg(['reextract', '--all'], { KG_GAZETTEER: gazetteer });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`^articles: ${articles} re-extracted \\(1 changed, ${articles - 1} unchanged, 0 re-keyed\\), 0 not found, 0 failed$`, 'm'),
    );
    expect(stdout).toMatch(/^edges: +2 added, 1 removed, \d+ kept$/m);
    expect(stdout).toMatch(/^entities: 1 created, 0 deleted/m);
    expect(await count(qingxi)).toBe(2);

    // without the entry the town goes again, with the edges only it had
    const back = await kg(['reextract', '--all']);
    expect(back.stdout).toMatch(/^entities: 0 created, 1 deleted/m);
    expect(await count('MATCH (t:Town {name: "清溪镇"}) RETURN count(t)')).toBe(0);
  });

  it('kg reextract names what it could not find and exits 1, and refuses bad arguments', async () => {
    const missing = 'f'.repeat(64);
    const { code, stderr, stdout } = await kg(['reextract', missing]);
    expect(code).toBe(1);
    expect(stderr).toContain(`kg reextract: ${missing}: no such article`);
    expect(stdout).toMatch(/^articles: 0 re-extracted .*, 1 not found, 0 failed$/m);
    for (const args of [['reextract'], ['reextract', '--all', missing], ['reextract', 'not-an-id']]) {
      const refused = await kg(args);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('usage: kg reextract --all | ARTICLE_ID...');
    }
  });

  it('kg explains its usage', async () => {
    expect((await kg(['export', '--format', 'pdf'])).stderr).toContain('usage: kg export --format graphml|gexf|csv|jsonl [--out FILE] (got --format pdf)');
    expect((await kg(['frobnicate'])).code).toBe(2);
  });

  it('kg ingest --source-from gives files their page address, and the publication date is read from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    // a real passage whose page address is its only publication date (tests/fixtures/dates)
    copyFileSync(join(fixtures, 'dates', 'changchun-spring-festival-tour.txt'), join(dir, '247610.txt'));
    const { code } = await kg(['ingest', '--source-from', 'http://m.dadi128.com/sjtt/2025-02-06/{name}.html', dir]);
    expect(code).toBe(0);
    const [article] = await cypher(
      connection,
      'MATCH (a:Article) WHERE a.source ENDS WITH "/247610.html" RETURN a.source AS source, a.date AS date, a.dateSource AS dateSource',
    );
    expect(article).toEqual({ source: 'http://m.dadi128.com/sjtt/2025-02-06/247610.html', date: '2025-02-06', dateSource: 'url' });
    expect((await kg(['ingest', '--source-from', 'http://example.org/page.html', dir])).stderr).toContain(
      'usage: kg ingest [--source-from URL_WITH_{name}] PATH...',
    );
  });
});

// the GEXF as Gephi's timeline reads it: every edge with a date spans that date's period, every node
// starts at its earliest dated edge (an article at its own date)
function expectTimeline(doc: string, edgeCount: number): void {
  expect(doc).toContain('<graph mode="dynamic" defaultedgetype="directed" timeformat="date">');
  const edges = gexfElements(doc, 'edge');
  expect(edges).toHaveLength(edgeCount);
  const dated = edges.filter(({ values }) => values.date !== undefined);
  expect(dated.map(({ values }) => values.date)).toEqual(expect.arrayContaining(['2024-01-16', '2024-03']));
  const outside = dated.filter(({ xml, values }) => !(xml.start?.startsWith(values.date!) && xml.end?.startsWith(values.date!) && xml.start <= xml.end));
  expect(outside).toEqual([]);
  expect(dated.find(({ values }) => values.date === '2024-03')!.xml).toMatchObject({ start: '2024-03-01', end: '2024-03-31' });
  expect(edges.filter(({ xml, values }) => values.date === undefined && (xml.start ?? xml.end) !== undefined)).toEqual([]);
  const earliest = new Map<string, string>();
  for (const { xml } of dated) {
    for (const node of [xml.source!, xml.target!]) {
      const seen = earliest.get(node);
      if (seen === undefined || xml.start! < seen) earliest.set(node, xml.start!);
    }
  }
  for (const { xml, values } of gexfElements(doc, 'node')) {
    expect(xml.end, xml.id).toBeUndefined();
    if (values.nodeType === 'Article') expect(xml.start?.slice(0, values.date?.length), xml.id).toBe(values.date);
    else expect(xml.start, xml.id).toBe(earliest.get(xml.id!));
  }
}
