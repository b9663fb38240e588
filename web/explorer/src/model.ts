import Graph from 'graphology';
import type { EdgeFieldsFragment, NodeFieldsFragment } from './generated/graphql.js';
import { isEdgeType, isLabel, type EdgeType, type Label } from './style.js';

export interface NodeAttributes {
  label: string;
  kind: Label;
  x: number;
  y: number;
  size: number;
  color: string;
  /** extra facts for the panel and the exports */
  jurisdiction?: string | null;
}

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  articleId: string;
  articleTitle: string;
  source: string | null;
  articleDate: string | null;
}

export interface EdgeAttributes {
  kind: EdgeType;
  role: string | null;
  date: string | null;
  context: string | null;
  delegation: string | null;
  meeting: string | null;
  points: string[] | null;
  weight: number;
  evidence: Evidence | null;
  size: number;
  color: string;
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export const createGraph = (): ExplorerGraph => new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: false });

/** a stable pseudo-random number in [0, 1) for a string: a node lands at the same place on every load */
export function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

/** what a node is called on screen: its name, an article's title */
export const nameOf = (node: NodeFieldsFragment): string => ('name' in node && node.name) || ('title' in node && node.title) || node.id;

export function addNode(graph: ExplorerGraph, node: NodeFieldsFragment, near?: string): boolean {
  if (graph.hasNode(node.id)) return false;
  const kind = isLabel(node.__typename) ? node.__typename : 'Article';
  const name = nameOf(node);
  const origin = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  const angle = hash01(node.id) * 2 * Math.PI;
  const radius = near ? 1 + hash01(`${node.id}r`) : 10 * hash01(`${node.id}r`);
  graph.addNode(node.id, {
    label: name,
    kind,
    x: origin.x + radius * Math.cos(angle),
    y: origin.y + radius * Math.sin(angle),
    size: 6,
    color: '',
    jurisdiction: 'jurisdiction' in node ? node.jurisdiction : null,
  });
  return true;
}

/** the edge's key says which fact it is, so the same fact fetched twice is drawn once */
export function addEdge(graph: ExplorerGraph, edge: EdgeFieldsFragment): boolean {
  const key = `${edge.type}|${edge.source.id}|${edge.target.id}|${edge.evidence?.article.id ?? ''}|${edge.evidence?.start ?? ''}`;
  if (graph.hasEdge(key) || !graph.hasNode(edge.source.id) || !graph.hasNode(edge.target.id)) return false;
  const evidence = edge.evidence
    ? {
        sentence: edge.evidence.sentence,
        start: edge.evidence.start,
        end: edge.evidence.end,
        articleId: edge.evidence.article.id,
        articleTitle: edge.evidence.article.title,
        source: edge.evidence.article.source ?? null,
        articleDate: edge.evidence.article.date ?? null,
      }
    : null;
  graph.addDirectedEdgeWithKey(key, edge.source.id, edge.target.id, {
    kind: isEdgeType(edge.type) ? edge.type : 'CONTAINS',
    role: edge.role ?? null,
    date: edge.date ?? null,
    context: edge.context ?? null,
    delegation: edge.delegation ?? null,
    meeting: edge.meeting?.name ?? null,
    points: edge.points ?? null,
    weight: 1,
    evidence,
    size: 1.5,
    color: '',
  });
  return true;
}

/** a co-attendance link: derived, not read from one sentence, so it carries its weight instead */
export function addCoAttendance(graph: ExplorerGraph, source: string, target: string, weight: number, date: string | null): void {
  const [a, b] = [source, target].sort() as [string, string];
  const key = `CO_ATTENDED|${a}|${b}`;
  if (graph.hasEdge(key)) return;
  graph.addDirectedEdgeWithKey(key, a, b, {
    kind: 'CO_ATTENDED',
    role: null,
    date,
    context: null,
    delegation: null,
    meeting: null,
    points: null,
    weight,
    evidence: null,
    size: 1 + Math.min(weight, 6),
    color: '',
  });
}
