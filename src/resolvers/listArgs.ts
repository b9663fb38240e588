import type * as Data from '../data/filterParams.js';
import type { ListQuery } from '../data/paging.js';
import type * as Api from '../generated/resolvers.js';
import { optionalGid } from './globalId.js';
import { listQuery, type PageArgs } from './pageArgs.js';

/**
 * A list field's GraphQL arguments as the data modules' query, one function per filter input
 * type: global ids become gids of the expected label, enum values the values Neo4j stores.
 * Every field returning the same type takes the same filter and means the same by it.
 */
type Args<F> = PageArgs & { filter?: F | null };

export function officialQuery({ filter: f, ...page }: Args<Api.OfficialFilter>): ListQuery<Data.OfficialFilter> {
  return listQuery(
    page,
    f && {
      name: f.name,
      jurisdiction: f.jurisdiction,
      date: f.date,
      town: optionalGid(f.town, 'filter.town', ['Town']),
      mentioned: optionalGid(f.mentioned, 'filter.mentioned', ['Slogan', 'Industry']),
    },
    'NAME',
  );
}

export function townQuery({ filter: f, ...page }: Args<Api.TownFilter>): ListQuery<Data.TownFilter> {
  return listQuery(
    page,
    f && {
      name: f.name,
      parent: f.parent,
      date: f.date,
      kinds: f.kind,
      official: optionalGid(f.official, 'filter.official', ['Official']),
    },
    'NAME',
  );
}

export function phraseQuery({ filter: f, ...page }: Args<Api.PhraseFilter>): ListQuery<Data.PhraseFilter> {
  return listQuery(
    page,
    f && {
      name: f.name,
      date: f.date,
      official: optionalGid(f.official, 'filter.official', ['Official']),
      town: optionalGid(f.town, 'filter.town', ['Town']),
    },
    'NAME',
  );
}

export function meetingQuery({ filter: f, ...page }: Args<Api.MeetingFilter>): ListQuery<Data.MeetingFilter> {
  return listQuery(
    page,
    f && {
      name: f.name,
      jurisdiction: f.jurisdiction,
      body: f.body,
      date: f.date,
      official: optionalGid(f.official, 'filter.official', ['Official']),
    },
    'NAME',
  );
}

export function articleQuery({ filter: f, ...page }: Args<Api.ArticleFilter>): ListQuery<Data.ArticleFilter> {
  return listQuery(
    page,
    f && {
      title: f.title,
      source: f.source,
      date: f.date,
      entity: optionalGid(f.entity, 'filter.entity', ['Official', 'Town', 'Slogan', 'Industry', 'Meeting']),
    },
    'DATE',
  );
}

export function attendanceQuery({ filter: f, ...page }: Args<Api.AttendanceFilter>): ListQuery<Data.AttendanceFilter> {
  return listQuery(
    page,
    f && {
      role: f.role,
      date: f.date,
      official: optionalGid(f.official, 'filter.official', ['Official']),
      town: optionalGid(f.town, 'filter.town', ['Town']),
      meeting: optionalGid(f.meeting, 'filter.meeting', ['Meeting']),
    },
    'DATE',
  );
}

export function directiveQuery({ filter: f, ...page }: Args<Api.DirectiveFilter>): ListQuery<Data.DirectiveFilter> {
  return listQuery(
    page,
    f && {
      date: f.date,
      official: optionalGid(f.official, 'filter.official', ['Official']),
      town: optionalGid(f.town, 'filter.town', ['Town']),
    },
    'DATE',
  );
}

export function mentionQuery({ filter: f, ...page }: Args<Api.MentionFilter>): ListQuery<Data.MentionFilter> {
  return listQuery(
    page,
    f && {
      context: f.context,
      date: f.date,
      official: optionalGid(f.official, 'filter.official', ['Official']),
      town: optionalGid(f.town, 'filter.town', ['Town']),
      subject: optionalGid(f.subject, 'filter.subject', ['Slogan', 'Industry']),
    },
    'DATE',
  );
}
