import { splitGid } from '../neo4j/gid.js';
import type { Page } from './paging.js';

/**
 * The plain objects the data modules hand to resolvers, one shape per node label and edge type,
 * converted once from Neo4j rows. Every node carries its `gid` (Label:key, the graph's global id),
 * which also says its label; bookkeeping properties (loadId, aliasText) stay behind.
 */
type Props = Record<string, unknown>;

export interface OfficialRecord {
  label: 'Official';
  gid: string;
  key: string;
  name: string;
  jurisdiction: string;
  titles: string[];
  aliases: string[];
}

export interface TownRecord {
  label: 'Town';
  gid: string;
  key: string;
  name: string;
  /** lower case as stored: town, development_zone, … */
  kind: string;
  parent: string | null;
  code: string | null;
  county: string | null;
  city: string | null;
  province: string | null;
  aliases: string[];
}

export interface PhraseRecord {
  label: 'Slogan' | 'Industry';
  gid: string;
  key: string;
  name: string;
  aliases: string[];
}

export interface MeetingRecord {
  label: 'Meeting';
  gid: string;
  key: string;
  name: string;
  aliases: string[];
  jurisdiction: string;
  body: string;
  term: number | null;
  session: number | null;
  /** the earliest date an article gave one of its attendances (see meeting/redate) */
  date: string | null;
}

export interface ArticleRecord {
  label: 'Article';
  gid: string;
  /** the article id: sha256 of its normalized text */
  key: string;
  title: string;
  source: string | null;
  /** publication date; the sources are stored lower case (see enumValues.ts DateSource) */
  date: string | null;
  dateSource: string | null;
  eventDate: string | null;
  eventDateSource: string | null;
  text: string;
  ingestedAt: string | null;
}

export type EntityRecord = OfficialRecord | TownRecord | PhraseRecord | MeetingRecord;
export type NodeRecord = EntityRecord | ArticleRecord;
export type NodeLabel = NodeRecord['label'];

/** The record of one label, or of several; Slogan and Industry share PhraseRecord, where Extract would give never. */
export type NodeOf<L extends NodeLabel> = NodeRecord extends infer N ? (N extends { label: infer M } ? (L extends M ? N : never) : never) : never;

/** Whether a node has one of `labels`: a type guard, so a record narrows without a cast. */
export function hasLabel<L extends NodeLabel>(node: NodeRecord, labels: readonly L[]): node is NodeOf<L> {
  return (labels as readonly NodeLabel[]).includes(node.label);
}

export const NODE_LABELS: readonly NodeLabel[] = ['Official', 'Town', 'Slogan', 'Industry', 'Meeting', 'Article'];

export interface EvidenceRecord {
  /** the article id (not its gid) */
  article: string;
  sentence: string;
  start: number;
  end: number;
}

interface RelationBase {
  date: string | null;
  dateSource: string | null;
  evidence: EvidenceRecord;
}

export interface AttendanceRecord extends RelationBase {
  type: 'ATTENDED';
  official: OfficialRecord;
  target: TownRecord | MeetingRecord;
  role: string;
  delegation: string | null;
  /** key of the meeting whose town group was attended */
  meeting: string | null;
}

export interface DirectiveRecord extends RelationBase {
  type: 'DIRECTED';
  official: OfficialRecord;
  town: TownRecord;
  points: string[];
}

export interface MentionRecord extends RelationBase {
  type: 'MENTIONS';
  speaker: OfficialRecord | TownRecord;
  subject: PhraseRecord;
  /** lower case as stored: remarks or discussion */
  context: string;
  /** key of the town an official was speaking at */
  town: string | null;
}

export type RelationRecord = AttendanceRecord | DirectiveRecord | MentionRecord;

/** An entity as one article names it: the titles it gave and why its mentions were merged. */
export interface ContainsRecord<T> {
  node: T;
  titles: string[];
  resolution: string[];
}

// localeCompare depends on the machine's ICU locale; the order must not
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Converts a node's properties (`n {.*}`) to its record; the gid's label picks the shape. */
export function toNode(props: Props): NodeRecord {
  const gid = props.gid as string;
  const base = { gid, key: props.key as string };
  const aliases = (props.aliases ?? []) as string[];
  const { label } = splitGid(gid);
  switch (label) {
    case 'Official':
      // stored in the order articles arrived; shown in one order whatever that was (per article, CONTAINS keeps its own)
      return { label: 'Official', ...base, name: props.name as string, jurisdiction: props.jurisdiction as string, titles: [...((props.titles ?? []) as string[])].sort(byCodeUnits), aliases };
    case 'Town':
      return {
        label: 'Town', ...base, name: props.name as string, kind: props.kind as string, parent: (props.parent ?? null) as string | null, aliases,
        code: (props.code ?? null) as string | null, county: (props.county ?? null) as string | null, city: (props.city ?? null) as string | null,
        province: (props.province ?? null) as string | null,
      };
    case 'Slogan':
    case 'Industry':
      return { label, ...base, name: props.name as string, aliases };
    case 'Meeting':
      return {
        label: 'Meeting', ...base, name: props.name as string, aliases, jurisdiction: props.jurisdiction as string, body: props.body as string,
        term: (props.term ?? null) as number | null, session: (props.session ?? null) as number | null, date: (props.date ?? null) as string | null,
      };
    case 'Article':
      return {
        label: 'Article', gid, key: props.id as string, title: props.title as string, source: (props.source ?? null) as string | null,
        date: (props.date ?? null) as string | null, dateSource: (props.dateSource ?? null) as string | null,
        eventDate: (props.eventDate ?? null) as string | null, eventDateSource: (props.eventDateSource ?? null) as string | null, text: props.text as string, ingestedAt: (props.ingestedAt ?? null) as string | null,
      };
    default:
      throw new Error(`Expected a node whose gid starts with one of ${NODE_LABELS.join(', ')}; got gid '${gid}'`);
  }
}

/** Narrows toNode for a statement that returns one label only. */
export function toNodeOf<L extends NodeLabel>(label: L): (props: Props) => NodeOf<L> {
  return (props) => {
    const node = toNode(props);
    if (!hasLabel(node, [label])) throw new Error(`Expected a ${label} node; got ${node.gid}`);
    return node;
  };
}

/** Converts an edge row `{relation: r {.*, type}, from: a {.*}, to: b {.*}}` to its record. */
export function toRelation(row: Props): RelationRecord {
  const r = row.relation as Props;
  const from = toNode(row.from as Props);
  const to = toNode(row.to as Props);
  const base = {
    date: (r.date ?? null) as string | null,
    dateSource: (r.dateSource ?? null) as string | null,
    evidence: { article: r.article as string, sentence: r.sentence as string, start: r.start as number, end: r.end as number },
  };
  switch (r.type) {
    case 'ATTENDED':
      return { type: 'ATTENDED', ...base, official: from as OfficialRecord, target: to as TownRecord | MeetingRecord, role: r.role as string,
        delegation: (r.delegation ?? null) as string | null, meeting: (r.meeting ?? null) as string | null };
    case 'DIRECTED':
      return { type: 'DIRECTED', ...base, official: from as OfficialRecord, town: to as TownRecord, points: (r.points ?? []) as string[] };
    case 'MENTIONS':
      return { type: 'MENTIONS', ...base, speaker: from as OfficialRecord | TownRecord, subject: to as PhraseRecord, context: r.context as string,
        town: (r.town ?? null) as string | null };
    default:
      throw new Error(`Expected an ATTENDED, DIRECTED or MENTIONS edge; got type ${String(r.type)}`);
  }
}

/** A title an official held, from official/career: first and last dates seen and the articles giving it. */
export interface CareerStepRecord {
  title: string;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: ArticleRecord[];
}

/** Converts a row of official/career. */
export function toCareerStep(row: Props): CareerStepRecord {
  return {
    title: row.title as string,
    firstSeen: (row.firstSeen ?? null) as string | null,
    lastSeen: (row.lastSeen ?? null) as string | null,
    articles: (row.articles as Props[]).map(toNodeOf('Article')),
  };
}

/** Converts a CONTAINS row `{node, titles, resolution}`; T is what the statement's end returns. */
export function toContains<T extends NodeRecord>(row: Props): ContainsRecord<T> {
  return { node: toNode(row.node as Props) as T, titles: (row.titles ?? []) as string[], resolution: (row.resolution ?? []) as string[] };
}

/** Narrows toRelation for a statement that returns only some edge types (usually one). */
export function toRelationOf<T extends RelationRecord['type']>(...types: T[]): (row: Props) => Extract<RelationRecord, { type: T }> {
  const isOneOf = (relation: RelationRecord): relation is Extract<RelationRecord, { type: T }> => (types as string[]).includes(relation.type);
  return (row) => {
    const relation = toRelation(row);
    if (!isOneOf(relation)) throw new Error(`Expected a ${types.join(' or ')} edge; got ${relation.type}`);
    return relation;
  };
}

/** A page of CONTAINS rows from the entity's side: the articles that name it. */
export type EntityArticlePage = Page<ContainsRecord<ArticleRecord>>;
/** A page of CONTAINS rows from the article's side: the entities it names. */
export type ArticleEntityPage = Page<ContainsRecord<EntityRecord>>;
