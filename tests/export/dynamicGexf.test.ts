import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportEdge, ExportNode, GraphExportData } from '../../src/data/graphExport.js';
import { datePeriod } from '../../src/export/datePeriod.js';
import { exportGraph } from '../../src/export/exportGraph.js';
import { xmlSafe } from '../../src/export/xmlSafe.js';
import { gexfElements } from './gexfElements.js';

// a small graph in the shape Neo4j's export rows have: dates at day, month and year precision,
// undated facts, CONTAINS edges, one dated and one undated article
const NODES: ExportNode[] = [
  {
    id: 'Article:a1',
    label: 'Article',
    properties: { id: 'a1', title: '周伟调研巴城镇', date: '2024-03-05', text: '全文不导出', source: 'a1.txt', loadId: 'L1' },
  },
  { id: 'Article:a2', label: 'Article', properties: { id: 'a2', title: '无日期', source: 'a2.txt' } },
  { id: 'Official:昆山市:周伟', label: 'Official', properties: { name: '周伟', titles: ['市委书记', '市长'], aliases: [], jurisdiction: '昆山市' } },
  { id: 'Town:巴城镇', label: 'Town', properties: { name: '巴城镇', kind: '镇', code: 320583102 } },
  { id: 'Town:花桥', label: 'Town', properties: { name: '花桥经济开发区', kind: '开发区' } },
  { id: 'Meeting:人大', label: 'Meeting', properties: { name: '市十八届人大三次会议', session: 3 } },
  { id: 'Slogan:一只蟹', label: 'Slogan', properties: { name: '一只蟹' } },
];
const fact = (type: string, source: string, target: string, properties: Record<string, unknown>): ExportEdge => ({
  type,
  source,
  target,
  properties: { article: 'a1', start: 0, end: 27, sentence: '周伟说："螃蟹 & <产业>"\n第二行', loadId: 'L1', ...properties },
});
const EDGES: ExportEdge[] = [
  fact('ATTENDED', 'Official:昆山市:周伟', 'Meeting:人大', { date: '2024-01-18', role: '参加' }),
  fact('DIRECTED', 'Official:昆山市:周伟', 'Town:巴城镇', { date: '2024-02', points: ['做强产业', '守住底线'] }),
  fact('MENTIONS', 'Town:巴城镇', 'Slogan:一只蟹', { date: '2023', context: 'discussion' }),
  fact('MENTIONS', 'Official:昆山市:周伟', 'Slogan:一只蟹', { date: '2023-02', context: 'remarks' }),
  fact('ATTENDED', 'Official:昆山市:周伟', 'Town:花桥', { role: '调研' }),
  { type: 'CONTAINS', source: 'Article:a1', target: 'Official:昆山市:周伟', properties: { titles: ['市委书记'], resolution: 'exact' } },
  { type: 'CONTAINS', source: 'Article:a2', target: 'Town:花桥', properties: { titles: [], resolution: 'exact' } },
];
const data: GraphExportData = { nodes: async () => NODES, edges: async () => EDGES, events: async () => [] };

describe('the GEXF export as a dynamic graph', () => {
  let doc: string;
  beforeAll(async () => {
    doc = await exportGraph(data, 'gexf');
  });

  it('is a well-formed GEXF 1.3 document of a dynamic directed graph with dates as days', () => {
    expect(wellFormednessProblems(doc)).toEqual([]);
    expect(doc).toMatch(/<gexf version="1\.3" xmlns="http:\/\/gexf\.net\/1\.3"/);
    expect(doc).toContain('<graph mode="dynamic" defaultedgetype="directed" timeformat="date">');
  });

  it('spans every dated edge over the days its date covers, at day, month and year precision', () => {
    const dated = gexfElements(doc, 'edge').filter((edge) => edge.values.date !== undefined);
    expect(dated.map(({ xml, values }) => ({ id: xml.id, date: values.date, start: xml.start, end: xml.end }))).toEqual([
      { id: 'e0', date: '2024-01-18', start: '2024-01-18', end: '2024-01-18' },
      { id: 'e1', date: '2024-02', start: '2024-02-01', end: '2024-02-29' },
      { id: 'e2', date: '2023', start: '2023-01-01', end: '2023-12-31' },
      { id: 'e3', date: '2023-02', start: '2023-02-01', end: '2023-02-28' },
    ]);
  });

  it('leaves undated edges, CONTAINS included, on the timeline always: no start, no end', () => {
    const undated = gexfElements(doc, 'edge').filter((edge) => edge.values.date === undefined);
    expect(undated.map((edge) => edge.values.edgeType)).toEqual(['ATTENDED', 'CONTAINS', 'CONTAINS']);
    expect(undated.filter((edge) => 'start' in edge.xml || 'end' in edge.xml)).toEqual([]);
  });

  it('starts every node at the earliest start of its dated edges, an article at its own date, and ends none', () => {
    const nodes = new Map(gexfElements(doc, 'node').map((node) => [node.xml.id, node]));
    expect(Object.fromEntries([...nodes].map(([id, node]) => [id, node.xml.start ?? null]))).toEqual({
      'Article:a1': '2024-03-05',
      'Article:a2': null,
      'Official:昆山市:周伟': '2023-02-01',
      'Town:巴城镇': '2023-01-01',
      'Town:花桥': null,
      'Meeting:人大': '2024-01-18',
      'Slogan:一只蟹': '2023-01-01',
    });
    for (const node of nodes.values()) expect(node.xml).not.toHaveProperty('end');
  });

  it("reads back through graphology-gexf's parser with its ids, types and properties", () => {
    const graph = parseGexf(MultiDirectedGraph, doc);
    expect([graph.order, graph.size]).toEqual([NODES.length, EDGES.length]);
    expect(graph.getNodeAttributes('Official:昆山市:周伟')).toEqual({ nodeType: 'Official', name: '周伟', titles: '市委书记|市长', jurisdiction: '昆山市' });
    expect(graph.getNodeAttributes('Town:巴城镇')).toEqual({ nodeType: 'Town', name: '巴城镇', kind: '镇', code: 320583102 });
    expect(graph.getNodeAttributes('Article:a1')).toEqual({ nodeType: 'Article', id: 'a1', title: '周伟调研巴城镇', date: '2024-03-05', source: 'a1.txt' });
    expect(graph.getEdgeAttributes('e1')).toEqual({
      edgeType: 'DIRECTED',
      article: 'a1',
      start: 0,
      end: 27,
      sentence: '周伟说："螃蟹 & <产业>"\n第二行',
      date: '2024-02',
      points: '做强产业|守住底线',
    });
    expect([graph.source('e5'), graph.target('e5'), graph.getEdgeAttribute('e5', 'edgeType')]).toEqual(['Article:a1', 'Official:昆山市:周伟', 'CONTAINS']);
    expect(doc).toContain('<attribute id="session" title="session" type="integer"/>');
  });

  it('expands a date cut to its precision to its first and last day, and takes no malformed date for one', () => {
    expect(datePeriod('2023-12')).toEqual({ start: '2023-12-01', end: '2023-12-31' });
    expect(datePeriod('2024-04')).toEqual({ start: '2024-04-01', end: '2024-04-30' });
    expect(datePeriod('2024-02-29')).toEqual({ start: '2024-02-29', end: '2024-02-29' });
    for (const bad of ['2023-02-29', '2024-13', '2024-1', '24', '2024-01-18T10:00', '', null, undefined, 2024])
      expect(datePeriod(bad), String(bad)).toBeUndefined();
  });
});

// a strict check for what xml-writer writes (a declaration, elements, attributes, text): xmldom, the
// only XML parser installed, lets an unclosed element or a control character through
function wellFormednessProblems(doc: string): string[] {
  const problems: string[] = [];
  if (xmlSafe(doc) !== doc) problems.push('a character XML 1.0 forbids');
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>/.exec(doc);
  if (!declaration) problems.push('no XML declaration');
  const badAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  const open: string[] = [];
  let roots = 0;
  for (const [tag, closing, name, attributes = '', selfClosing, text, stray] of doc.slice(declaration?.[0].length ?? 0).matchAll(token)) {
    if (stray) problems.push('a < that opens no tag');
    else if (text !== undefined) {
      if (open.length === 0 && text.trim()) problems.push(`text outside the root: ${text.trim().slice(0, 40)}`);
      if (badAmpersand.test(text)) problems.push(`a bare & in ${text.slice(0, 40)}`);
    } else if (closing) {
      if (open.pop() !== name) problems.push(`</${name}> closes nothing open`);
    } else {
      if (open.length === 0 && ++roots > 1) problems.push(`a second root <${name}>`);
      const names = [...attributes.matchAll(/([\w:.-]+)="/g)].map(([, attribute]) => attribute);
      if (new Set(names).size !== names.length) problems.push(`a repeated attribute in ${tag}`);
      if (badAmpersand.test(attributes)) problems.push(`a bare & in ${tag}`);
      if (!selfClosing) open.push(name!);
    }
  }
  if (open.length) problems.push(`unclosed ${open.join(' > ')}`);
  return problems;
}
