import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { Params } from '../neo4j/createGraphDatabase.js';
import type { NameMatch } from './NameMatch.js';
import { nameLookup } from './nameLookup.js';

/**
 * Filters as the data modules take them (related entities by gid, Label:key) and the `$filter`
 * maps the statements read. Every key is present in a map, null when unused, so one statement
 * serves every combination with `$filter.x IS NULL OR …` instead of a string-built WHERE; `lookup`
 * is the name-index query a top-level list starts from when a name is given (listPage).
 */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

export interface OfficialFilter {
  name?: NameMatch | null;
  jurisdiction?: string | null;
  town?: string | null;
  mentioned?: string | null;
  date?: DateRange | null;
}

export interface TownFilter {
  name?: NameMatch | null;
  /** lower case, as stored */
  kinds?: string[] | null;
  parent?: string | null;
  official?: string | null;
  date?: DateRange | null;
}

export interface PhraseFilter {
  name?: NameMatch | null;
  official?: string | null;
  town?: string | null;
  date?: DateRange | null;
}

export interface MeetingFilter {
  name?: NameMatch | null;
  jurisdiction?: string | null;
  body?: string | null;
  official?: string | null;
  date?: DateRange | null;
}

export interface ArticleFilter {
  title?: NameMatch | null;
  source?: string | null;
  entity?: string | null;
  date?: DateRange | null;
}

export interface AttendanceFilter {
  role?: string | null;
  official?: string | null;
  town?: string | null;
  meeting?: string | null;
  date?: DateRange | null;
}

export interface DirectiveFilter {
  official?: string | null;
  town?: string | null;
  date?: DateRange | null;
}

export interface MentionFilter {
  /** lower case, as stored: remarks or discussion */
  context?: string | null;
  official?: string | null;
  town?: string | null;
  subject?: string | null;
  date?: DateRange | null;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function officialFilterParams(filter: OfficialFilter | null | undefined): Params {
  const f = filter ?? {};
  return { ...name(f.name), jurisdiction: f.jurisdiction ?? null, town: f.town ?? null, mentioned: f.mentioned ?? null, ...dates(f.date) };
}

export function townFilterParams(filter: TownFilter | null | undefined): Params {
  const f = filter ?? {};
  return { ...name(f.name), kinds: f.kinds?.length ? f.kinds : null, parent: f.parent ?? null, official: f.official ?? null, ...dates(f.date) };
}

export function phraseFilterParams(filter: PhraseFilter | null | undefined): Params {
  const f = filter ?? {};
  return { ...name(f.name), official: f.official ?? null, town: f.town ?? null, ...dates(f.date) };
}

export function meetingFilterParams(filter: MeetingFilter | null | undefined): Params {
  const f = filter ?? {};
  return { ...name(f.name), jurisdiction: f.jurisdiction ?? null, body: f.body ?? null, official: f.official ?? null, ...dates(f.date) };
}

export function articleFilterParams(filter: ArticleFilter | null | undefined): Params {
  const f = filter ?? {};
  return { title: f.title?.equals ?? null, titleContains: f.title?.contains ?? null, lookup: nameLookup(f.title, ['title']), source: f.source ?? null, entity: f.entity ?? null, ...dates(f.date) };
}

export function attendanceFilterParams(filter: AttendanceFilter | null | undefined): Params {
  const f = filter ?? {};
  return { role: f.role ?? null, official: f.official ?? null, town: f.town ?? null, meeting: f.meeting ?? null, ...dates(f.date) };
}

export function directiveFilterParams(filter: DirectiveFilter | null | undefined): Params {
  const f = filter ?? {};
  return { official: f.official ?? null, town: f.town ?? null, ...dates(f.date) };
}

export function mentionFilterParams(filter: MentionFilter | null | undefined): Params {
  const f = filter ?? {};
  return { context: f.context ?? null, official: f.official ?? null, town: f.town ?? null, subject: f.subject ?? null, ...dates(f.date) };
}

/** Only a date range (a timeline, the co-attendance network, centrality): the same `dated`, `from` and `to` as every filter. */
export function dateFilterParams(range: DateRange | null | undefined): Params {
  return dates(range);
}

function name(match: NameMatch | null | undefined): Params {
  return { name: match?.equals ?? null, nameContains: match?.contains ?? null, lookup: nameLookup(match) };
}

// partial bounds widen to the whole period (to: "2024" means through 2024-12-31), so the statements
// compare ISO strings, cut to each edge's own precision, and a partially dated edge overlaps or not
function dates(range: DateRange | null | undefined): Params {
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  return {
    dated: from !== null || to !== null,
    from: from === null ? '0000-01-01' : isoBound('from', from, '01', '01'),
    to: to === null ? '9999-12-31' : isoBound('to', to, '12', '31'),
  };
}

function isoBound(field: string, value: string, month: string, day: string): string {
  const match = ISO_DATE.exec(value);
  if (!match) throw new DomainError(ErrorCode.BadUserInput, `date.${field} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); got '${value}'`, { argument: `date.${field}` });
  return `${match[1]}-${match[2] ?? month}-${match[3] ?? day}`;
}
