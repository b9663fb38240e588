/**
 * The extraction contract: what `kg extract FILE` prints and what the loader writes to Neo4j.
 * `../shared/tools/score-extraction.mjs` reads `entities[].type/name/aliases` and
 * `relations[].type/from.name/to.name`; keep those fields stable.
 */

import type { DateSource } from './extract/datedValue.js';

export type EntityType = 'Official' | 'Town' | 'Industry' | 'Slogan' | 'Meeting';
export type RelationType = 'ATTENDED' | 'DIRECTED' | 'MENTIONS';

/** Where a fact was read: offsets are UTF-16 indices into `article.text` (the normalized text). */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export interface ArticleRecord {
  /** sha256 hex of the normalized text: the same article ingested twice is one node */
  id: string;
  title: string;
  source: string | null;
  /** the publication date, ISO cut to its precision (YYYY-MM-DD, YYYY-MM or YYYY); null when nothing says it */
  date: string | null;
  /** how the publication date was found: caller (sidecar or mutation), header (a 发布时间 line), url (the page address) */
  dateSource: DateSource | null;
  /** the date the reported meeting or visit happened, from the lead; null when the text does not say */
  eventDate: string | null;
  /** how the event date was found: text (a full date), partial (3月5日 with the publication year), relative (昨天) … */
  eventDateSource: DateSource | null;
  /** the normalized text that every evidence offset points into */
  text: string;
}

/** Properties per entity type; all values are Neo4j-storable (strings, numbers, booleans, string lists). */
export interface OfficialProperties {
  /** the body the person holds office in, e.g. 昆山市; part of the key: same name elsewhere is someone else */
  jurisdiction: string;
  /** titles in the order the article gives them, e.g. ['市人大代表', '市委书记'] */
  titles: string[];
}
export interface TownProperties {
  kind: 'town' | 'subdistrict' | 'district' | 'development_zone' | 'county' | 'county_city' | 'city' | 'province' | 'other';
  /** the enclosing jurisdiction's canonical name (e.g. 昆山市), or null when unknown */
  parent: string | null;
  /** the national division code (320583101), or null for a place the national list lacks */
  code: string | null;
  /** the county-level division the place is (or lies) in, e.g. 昆山市; null when unknown */
  county: string | null;
  /** the prefecture-level city, e.g. 苏州市 (for a municipality's districts, the municipality) */
  city: string | null;
  province: string | null;
}
export interface MeetingProperties {
  jurisdiction: string;
  /** 'NPC' (人民代表大会) or 'CPPCC' (政协) or 'OTHER' */
  body: 'NPC' | 'CPPCC' | 'OTHER';
  term: number | null;
  session: number | null;
}

interface EntityBase<T extends EntityType, P> {
  type: T;
  /** stable key, unique per type across all articles (the MERGE key) */
  key: string;
  /** canonical display name; for a Slogan, its text */
  name: string;
  /** other surfaces of the same entity, as written in this article or known from the gazetteer */
  aliases: string[];
  properties: P;
  /** why mentions were merged into this entity or kept apart from a namesake: human-readable reasons */
  resolution: string[];
}

export type OfficialEntity = EntityBase<'Official', OfficialProperties>;
export type TownEntity = EntityBase<'Town', TownProperties>;
export type IndustryEntity = EntityBase<'Industry', Record<string, never>>;
export type SloganEntity = EntityBase<'Slogan', Record<string, never>>;
export type MeetingEntity = EntityBase<'Meeting', MeetingProperties>;
export type Entity = OfficialEntity | TownEntity | IndustryEntity | SloganEntity | MeetingEntity;

export interface EntityRef {
  type: EntityType;
  key: string;
  name: string;
}

/**
 * ATTENDED properties: role 参加 | 列席 | 调研 | 视察 | 出席; delegation e.g. 第二代表团 (or null);
 * meeting key when the attendance was a group of a meeting; date ISO or null.
 * DIRECTED properties: points, the directions given (one string per bullet or clause).
 * MENTIONS properties: context 'remarks' (an official's speech) or 'discussion' (a town group's delegates);
 * town, the key of the Town where an official's remarks were made (null when not at a town).
 */
export interface RelationProperties {
  role?: string;
  delegation?: string | null;
  meeting?: string | null;
  date?: string | null;
  /** how `date` was found (see ArticleRecord.eventDateSource); null with it */
  dateSource?: DateSource | null;
  points?: string[];
  context?: string;
  town?: string | null;
}

export interface Relation {
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  evidence: Evidence;
  properties: RelationProperties;
}

export interface Extraction {
  article: ArticleRecord;
  entities: Entity[];
  relations: Relation[];
}
