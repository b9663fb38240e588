import { createHash } from 'node:crypto';
import { articleDates } from './extract/articleDates.js';
import { articlePlace } from './extract/articlePlace.js';
import { dates } from './extract/dates.js';
import { discourse } from './extract/discourse.js';
import { industries } from './extract/industries.js';
import { meetings } from './extract/meetings.js';
import { officials } from './extract/officials.js';
import { quotes } from './extract/quotes.js';
import { sectorLexicon } from './extract/sectorLexicon.js';
import { sectors } from './extract/sectors.js';
import { slogans } from './extract/slogans.js';
import { writtenTowns } from './extract/writtenTowns.js';
import type { Gazetteer } from './gazetteer.js';
import { normalize } from './normalize.js';
import { resolve } from './resolve.js';
import { scopedGazetteer } from './scopedGazetteer.js';
import { split } from './split.js';
import type { Extraction } from './types.js';

export interface ArticleInput {
  text: string;
  title?: string;
  source?: string | null;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) the caller knows; wins over dates in the text */
  date?: string | null;
}

const ISO_DATE = /^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$/;
const HEADLINE_MAX = 64;
const PAGE_ADDRESS = /^https?:\/\//i;
const MIN_HAN = 4;
const MIN_HAN_SHARE = 0.3;
// C0 controls other than tab and line breaks, and U+FFFD: what binary data decoded as text looks like
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/gu;

/**
 * Extracts entities and relations, with sentence evidence, from one article: normalize → split →
 * extract → resolve. Pure and deterministic (no I/O besides the given gazetteer), so the same
 * text gives the same id, keys and JSON; throws when the input is not Chinese article text.
 */
export function extractArticle(input: ArticleInput, options: { gazetteer: Gazetteer; sectors?: ReadonlySet<string> }): Extraction {
  const text = articleText(input);
  const units = split(text);
  // a file path is not a page address: its digits say nothing about when the page was published
  const when = articleDates({ text, source: PAGE_ADDRESS.test(input.source ?? '') ? input.source : null, date: input.date });
  const found = dates(text, yearOf(when.published?.iso ?? when.event?.iso ?? null));
  const quoted = quotes(text);
  const persons = officials(text);
  const meetingMentions = meetings(text, options.gazetteer);
  const place = articlePlace(text, meetingMentions, persons, options.gazetteer);
  const gazetteer = scopedGazetteer(options.gazetteer, place?.entry ?? null, writtenTowns(text, options.gazetteer, place?.entry ?? null));
  const lexicon = options.sectors ?? sectorLexicon();
  // a quoted sector name (聚焦“银发经济”) is an industry: the quotes stress it, the lexicon says what it is
  const written = [...slogans(text, quoted), ...industries(text, quoted)].map((phrase) =>
    lexicon.has(phrase.text) ? { ...phrase, type: 'Industry' as const } : phrase,
  );
  const named = sectors(text, lexicon).filter((sector) => !written.some((phrase) => phrase.start < sector.end && sector.start < phrase.end));
  const phrases = [...written, ...named].sort((a, b) => a.start - b.start);
  const drafts = discourse({ text, units, persons, meetings: meetingMentions, phrases, dates: found, gazetteer });
  const id = createHash('sha256').update(text).digest('hex');
  const resolved = resolve({ text, articleId: id, persons, meetings: meetingMentions, phrases, drafts, gazetteer, place });
  // a fact dated by its own paragraph (3月5日上午，…) keeps that date; the others happened when the lead says
  const { event } = when;
  const relations = resolved.relations.map((relation) =>
    relation.properties.date != null || event === null
      ? relation
      : { ...relation, properties: { ...relation.properties, date: event.iso, dateSource: event.source } },
  );
  return {
    article: {
      id,
      title: titleOf(input, text),
      source: input.source ?? null,
      date: when.published?.iso ?? null,
      dateSource: when.published?.source ?? null,
      eventDate: when.event?.iso ?? null,
      eventDateSource: when.event?.source ?? null,
      text,
    },
    entities: resolved.entities,
    relations,
  };
}

// the contract: a non-empty string of mostly Chinese text, and a date the loader can store
function articleText(input: ArticleInput): string {
  const raw: unknown = input?.text;
  if (typeof raw !== 'string')
    throw new Error(`extractArticle: expected input.text to be a string of article text; received ${raw === null ? 'null' : typeof raw}`);
  const controls = raw.match(CONTROL)?.length ?? 0;
  if (controls > raw.length * 0.01) {
    throw new Error(
      `extractArticle: expected Chinese article text; received binary-looking data (${controls} control or undecodable characters in ${raw.length})`,
    );
  }
  if (input.date != null && !ISO_DATE.test(input.date)) {
    throw new Error(`extractArticle: expected input.date as YYYY-MM-DD, YYYY-MM or YYYY; received ${JSON.stringify(input.date)}`);
  }
  const text = normalize(raw);
  const visible = text.replace(/\s/g, '');
  const han = visible.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < MIN_HAN || han < visible.length * MIN_HAN_SHARE) {
    throw new Error(`extractArticle: expected Chinese article text; after normalization ${visible.length} characters remain, ${han} of them Chinese`);
  }
  return text;
}

// a first line that is short and has no sentence-final punctuation is the headline
function titleOf(input: ArticleInput, text: string): string {
  if (input.title != null) return normalize(input.title);
  const newline = text.indexOf('\n');
  const first = newline < 0 ? '' : text.slice(0, newline);
  return first.length > 0 && first.length <= HEADLINE_MAX && !/[。!?]/.test(first) ? first : '';
}

// ISO dates start with the year; a bare 1月15日 borrows it
function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}
