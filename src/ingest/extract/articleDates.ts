import { calendarDate } from './calendarDate.js';
import { eventDate } from './eventDate.js';
import { headerDate } from './headerDate.js';
import { urlDate } from './urlDate.js';
import type { DatedValue } from './datedValue.js';

export interface ArticleDates {
  published: DatedValue | null;
  event: DatedValue | null;
}

// page headers sit at the top; a date further down is body text even when no lead was recognised
const HEADER_MAX = 1500;
const CALLER_DATE = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;
const CLAUSE_MARK = /[，,]/u;
const SENTENCE_MARK = /[。！!？?；;]/u;
// a photo caption (…记者 白永民 摄) is printed above the lead and carries the photo's date
const CAPTION = /[摄攝]\s*$/u;
const MIN_LEAD_LENGTH = 12;

/**
 * Published: the caller's date, else a dated header line above the lead (pages print their own date there), else the address.
 * Event: the first date expression (full, partial, relative) of the lead sentence, then lead paragraph, then 今天/当天 later,
 * resolved against published, since news leads open with when; null when unresolvable, as a guessed date is a wrong fact.
 */
export function articleDates(input: { text: string; source?: string | null; date?: string | null }): ArticleDates {
  const { text } = input;
  const lead = leadParagraph(text);
  const headerEnd = Math.min(lead?.start ?? text.length, HEADER_MAX);
  const published = callerDate(input.date) ?? headerDate(text, headerEnd) ?? (input.source ? urlDate(input.source) : null);
  return { published, event: eventDate(text, headerEnd, lead, published) };
}

// sidecar metadata is trusted only when it is a real ISO date; a malformed one is as good as none
function callerDate(date: string | null | undefined): DatedValue | null {
  const match = CALLER_DATE.exec(date?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  const iso = calendarDate(Number(year), month ? Number(month) : null, day ? Number(day) : null);
  return iso ? { iso, precision: day ? 'day' : month ? 'month' : 'year', source: 'caller' } : null;
}

// the first line that reads as prose (a clause and a sentence end), skipping titles, header fields and captions
function leadParagraph(text: string): { start: number; end: number } | null {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const trimmed = line.trim();
    if (trimmed.length >= MIN_LEAD_LENGTH && CLAUSE_MARK.test(trimmed) && SENTENCE_MARK.test(trimmed) && !CAPTION.test(trimmed)) {
      const leading = line.length - line.trimStart().length;
      return { start: start + leading, end: start + leading + trimmed.length };
    }
    start = end + 1;
  }
  return null;
}
