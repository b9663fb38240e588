/*
 * What each mapped enum value means inside the service: labels as the graph writes them, kinds and
 * contexts in the lower case they are stored in, measures as graphology names them. Apollo converts
 * arguments and results through these tables (resolvers/index.ts) and codegen types resolvers with
 * them (codegen.ts), so resolvers see and return stored values, never the schema's names.
 */

export const EntityType = { OFFICIAL: 'Official', TOWN: 'Town', SLOGAN: 'Slogan', INDUSTRY: 'Industry', MEETING: 'Meeting' } as const;
export type EntityType = (typeof EntityType)[keyof typeof EntityType];

export const NodeLabel = { OFFICIAL: 'Official', TOWN: 'Town', SLOGAN: 'Slogan', INDUSTRY: 'Industry', MEETING: 'Meeting', ARTICLE: 'Article' } as const;
export type NodeLabel = (typeof NodeLabel)[keyof typeof NodeLabel];

export const CentralityLabel = { OFFICIAL: 'Official', TOWN: 'Town' } as const;
export type CentralityLabel = (typeof CentralityLabel)[keyof typeof CentralityLabel];

export const TownKind = {
  TOWN: 'town', SUBDISTRICT: 'subdistrict', DISTRICT: 'district', DEVELOPMENT_ZONE: 'development_zone', COUNTY: 'county',
  COUNTY_CITY: 'county_city', CITY: 'city', PROVINCE: 'province', OTHER: 'other',
} as const;
export type TownKind = (typeof TownKind)[keyof typeof TownKind];

export const MentionContext = { REMARKS: 'remarks', DISCUSSION: 'discussion' } as const;
export type MentionContext = (typeof MentionContext)[keyof typeof MentionContext];

export const CentralityMeasure = { DEGREE: 'degree', BETWEENNESS: 'betweenness', PAGE_RANK: 'pageRank' } as const;
export type CentralityMeasure = (typeof CentralityMeasure)[keyof typeof CentralityMeasure];

export const DateSource = {
  CALLER: 'caller',
  HEADER: 'header',
  TEXT: 'text',
  URL: 'url',
  RELATIVE: 'relative',
  PARTIAL: 'partial',
  MEETING: 'meeting',
} as const;
export type DateSource = (typeof DateSource)[keyof typeof DateSource];

export const TimeUnit = { YEAR: 'year', MONTH: 'month' } as const;
export type TimeUnit = (typeof TimeUnit)[keyof typeof TimeUnit];
