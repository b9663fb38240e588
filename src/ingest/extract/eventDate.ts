import type { DatedValue } from './datedValue.js';
import { calendarDate } from './calendarDate.js';
import { relativeDate } from './relativeDate.js';

const YEAR = String.raw`(?:19|20)\d{2}`;
const DAY_MARK = '[日号號]';
// one scan finds the first date expression of any shape; alternatives are tried left to right at
// each position, so 2024年3月8日 is read whole before 2024年3月 or 3月8日 could be
const EXPRESSION = new RegExp(
  [
    String.raw`(?<fullYear>${YEAR})\s*年\s*(?<fullMonth>\d{1,2})\s*月\s*(?<fullDay>\d{1,2})\s*${DAY_MARK}`,
    String.raw`(?<numericYear>${YEAR})(?<separator>[-/.])(?<numericMonth>\d{1,2})\k<separator>(?<numericDay>\d{1,2})(?![0-9])`,
    String.raw`(?<monthYear>${YEAR})\s*年\s*(?<yearMonth>\d{1,2})\s*月(?!\s*[0-9])`,
    String.raw`(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*${DAY_MARK}`,
    String.raw`(?<monthOnly>\d{1,2})月(?=份|上旬|中旬|下旬|初|底|末|[，,、])`,
    String.raw`(?<dayOnly>\d{1,2})${DAY_MARK}(?=[上中下早晚凌午]|[，,、]|至|\s)`,
    String.raw`(?<relative>今天|今日|当天|當天|当日|當日|昨天|昨日|前天|前日|(?<![节節假生之当當某])日前|近日|近期)`,
  ]
    .map((alternative) => String.raw`(?<![0-9])(?:${alternative})`)
    .join('|'),
  'gu',
);
// 今天(3月4日): the text names the day itself, which beats resolving the word
const SPELLED_OUT = new RegExp(
  String.raw`\s*[（(]\s*(?<date>(?:(?<year>${YEAR})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*${DAY_MARK})\s*[）)]`,
  'duy',
);
// 到10月30日止, 截至, 11月23日前: a deadline or a summary's bound, not the day something happened
const BOUND_BEFORE = /(?:到|至|截至|截止)\s*$/u;
const BOUND_AFTER = /^\s*(?:止|前|之前|以前|以来|以來|为止|為止)/u;
// a day-only 7日 counts only where a date can start, not inside 近7日 or 2号楼
const DAY_ONLY_AFTER = /[\s，,。：:）)】\]◆■●|、]/u;
// 本报讯(记者 …), 金山网讯, 红网东安站4月24日讯, 新华社北京1月3日电: the report's dateline, not its event
const DATELINE = /^[^，,。：:\n]{0,16}?(?:讯|訊|\d{1,2}日[电電])[ \t]*(?:[（(][^）)\n]{0,30}[）)])?[ \t]*[:：]?[ \t]*/u;
const LEAD_PUNCTUATION = /^[\s。，,|｜?？!！■◆●□]*/u;
const SENTENCE_END = /[。！!？?]/gu;
// ——2021年2月27日在…会议上: a speech's heading dates the meeting it was given at
const SPEECH_HEADING = new RegExp(String.raw`[—─-]{1,2}\s*(?<date>(?<year>${YEAR})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*${DAY_MARK})\s*在`, 'dgu');
const TODAY = /今天|今日|当天|當天|当日|當日/gu;

// undefined: no date expression there; null: one was there and cannot be resolved
type Found = DatedValue | null | undefined;

/**
 * The date of the reported meeting or visit: a speech heading (——2021年2月27日在…), else the first
 * date expression in the lead sentence, else in the rest of the lead paragraph, else 今天/当天 anywhere
 * after the lead's start; resolved against the publication date, and null when it cannot be.
 */
export function eventDate(text: string, headerEnd: number, lead: { start: number; end: number } | null, published: DatedValue | null): DatedValue | null {
  const heading = speechHeading(text, headerEnd);
  if (heading || !lead) return heading;
  const bodyStart = skipDateline(text, lead.start, lead.end);
  SENTENCE_END.lastIndex = bodyStart;
  const sentenceEnd = Math.min(SENTENCE_END.exec(text)?.index ?? lead.end, lead.end);
  const inSentence = firstExpression(text, bodyStart, sentenceEnd, published);
  if (inSentence !== undefined) return inSentence;
  const inParagraph = firstExpression(text, sentenceEnd, lead.end, published);
  if (inParagraph !== undefined) return inParagraph;
  return todayWord(text, bodyStart, published);
}

// only above the lead, where a report's own heading stands
function speechHeading(text: string, end: number): DatedValue | null {
  for (const match of text.slice(0, end).matchAll(SPEECH_HEADING)) {
    const groups = match.groups ?? {};
    const [start = 0, dateEnd = 0] = match.indices?.groups?.date ?? [];
    const iso = calendarDate(Number(groups.year), Number(groups.month), Number(groups.day));
    if (iso) return { iso, precision: 'day', source: 'text', start, end: dateEnd };
  }
  return null;
}

// where the lead's own words begin, past stray punctuation and a dateline
function skipDateline(text: string, start: number, end: number): number {
  const lead = text.slice(start, end);
  const afterPunctuation = LEAD_PUNCTUATION.exec(lead)?.[0].length ?? 0;
  const dateline = DATELINE.exec(lead.slice(afterPunctuation))?.[0].length ?? 0;
  return start + afterPunctuation + dateline;
}

// undefined when [from, to) holds no date expression; null when the first one cannot be resolved,
// because a later expression is no safer a guess than none
function firstExpression(text: string, from: number, to: number, published: DatedValue | null): Found {
  EXPRESSION.lastIndex = from;
  for (let match = EXPRESSION.exec(text); match !== null && match.index < to; match = EXPRESSION.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const groups = match.groups ?? {};
    if (groups.relative) return resolveRelative(text, groups.relative, start, end, published);
    if (isBound(text, start, end)) continue;
    if (groups.dayOnly && start > 0 && !DAY_ONLY_AFTER.test(text[start - 1] ?? '')) continue;
    return resolveWritten(groups, start, end, published);
  }
  return undefined;
}

// the three characters around a date are enough to see 到…止, 截至… and …前
function isBound(text: string, start: number, end: number): boolean {
  return BOUND_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || BOUND_AFTER.test(text.slice(end, end + 3));
}

// a written date in parentheses right after the word wins; otherwise the word counts from publication
function resolveRelative(text: string, word: string, start: number, end: number, published: DatedValue | null): DatedValue | null {
  SPELLED_OUT.lastIndex = end;
  const spelled = SPELLED_OUT.exec(text);
  if (spelled?.groups) {
    const groups = spelled.groups;
    const [innerStart = 0, innerEnd = 0] = spelled.indices?.groups?.date ?? [];
    if (groups.year) return dayValue(calendarDate(Number(groups.year), Number(groups.month), Number(groups.day)), 'text', innerStart, innerEnd);
    return partial(Number(groups.month), Number(groups.day), published, innerStart, innerEnd);
  }
  const resolved = published ? relativeDate(word, published) : null;
  return resolved ? { ...resolved, source: 'relative', start, end } : null;
}

// a written year is kept as written; a missing one comes from the publication date
function resolveWritten(groups: Record<string, string | undefined>, start: number, end: number, published: DatedValue | null): DatedValue | null {
  if (groups.fullYear) return dayValue(calendarDate(Number(groups.fullYear), Number(groups.fullMonth), Number(groups.fullDay)), 'text', start, end);
  if (groups.numericYear) return dayValue(calendarDate(Number(groups.numericYear), Number(groups.numericMonth), Number(groups.numericDay)), 'text', start, end);
  if (groups.monthYear) {
    const iso = calendarDate(Number(groups.monthYear), Number(groups.yearMonth));
    return iso ? { iso, precision: 'month', source: 'text', start, end } : null;
  }
  if (groups.month) return partial(Number(groups.month), Number(groups.day), published, start, end);
  if (groups.monthOnly) return partial(Number(groups.monthOnly), null, published, start, end);
  return dayOfPublicationMonth(Number(groups.dayOnly), published, start, end);
}

// an impossible day (2月30日) was checked by calendarDate and leaves the event unknown
function dayValue(iso: string | null, source: 'text' | 'partial', start: number, end: number): DatedValue | null {
  return iso ? { iso, precision: 'day', source, start, end } : null;
}

// 3月5日 takes the publication's year, or the year before when its month is later than the
// publication's (12月30日 in a text of 2 January); the publication's year alone cannot tell
function partial(month: number, dayOfMonth: number | null, published: DatedValue | null, start: number, end: number): DatedValue | null {
  if (!published) return null;
  const year = Number(published.iso.slice(0, 4));
  const publishedMonth = published.precision === 'year' ? null : Number(published.iso.slice(5, 7));
  const iso = calendarDate(publishedMonth !== null && month > publishedMonth ? year - 1 : year, month, dayOfMonth);
  return iso ? { iso, precision: dayOfMonth === null ? 'month' : 'day', source: 'partial', start, end } : null;
}

// 7日 is a day of the publication's month, or of the month before when it is later than the publication day
function dayOfPublicationMonth(dayOfMonth: number, published: DatedValue | null, start: number, end: number): DatedValue | null {
  if (published?.precision !== 'day') return null;
  const [year = 0, month = 0, publishedDay = 0] = published.iso.split('-').map(Number);
  const earlier = dayOfMonth > publishedDay;
  const iso = earlier ? calendarDate(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, dayOfMonth) : calendarDate(year, month, dayOfMonth);
  return dayValue(iso, 'partial', start, end);
}

// a lead that names no day still reports today's event when the text says 今天/当天 later on
function todayWord(text: string, from: number, published: DatedValue | null): DatedValue | null {
  if (!published) return null;
  TODAY.lastIndex = from;
  const match = TODAY.exec(text);
  const resolved = match ? relativeDate(match[0], published) : null;
  return match && resolved ? { ...resolved, source: 'relative', start: match.index, end: match.index + match[0].length } : null;
}
