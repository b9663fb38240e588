import type { DatedValue } from './datedValue.js';
import { calendarDate } from './calendarDate.js';

// the scheme and host, or a leading host without one: hosts such as 014817.cn hold digits too
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*|[^/?#]*\.[a-z]{2,}(?::\d+)?(?=[/?#]|$))/i;
const YEAR = String.raw`((?:19|20)\d{2})`;

// most precise first; each pattern's groups are year, month, day in that order
const DAY_PATTERNS = [
  // /2025/07/14/, /2020-10/22/, /2016-11-07/, 2021-5-9
  new RegExp(String.raw`(?<![0-9])${YEAR}[-/_](\d{1,2})[-/_](\d{1,2})(?![0-9])`, 'g'),
  // /2011/0117/
  new RegExp(String.raw`/${YEAR}/(\d{2})(\d{2})(?=[/_.-]|$)`, 'g'),
  // /202601/19/
  new RegExp(String.raw`/${YEAR}(\d{2})/(\d{2})(?=/)`, 'g'),
  // t20250119_…, /20150302/: exactly eight digits
  new RegExp(String.raw`(?<![0-9])${YEAR}(\d{2})(\d{2})(?![0-9])`, 'g'),
  // 20110927153343…: a timestamp, recognised by a valid hour, minute and second after the day
  new RegExp(String.raw`(?<![0-9])${YEAR}(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*(?![0-9])`, 'g'),
];
// /201411/, /2021-01/, /2019/06/
const MONTH_PATTERN = new RegExp(String.raw`/${YEAR}[-/]?(\d{2})/`, 'g');
const YEAR_PATTERN = new RegExp(String.raw`/${YEAR}/`, 'g');

/**
 * Reads the publication date from a page address: a dated path (/2025/07/14/, t20250119_, a
 * timestamp) gives the day, /202311/ the month and /2022/ the year. Only real calendar dates count,
 * so ids such as content_12345 or 10044433 give null.
 */
export function urlDate(source: string): DatedValue | null {
  const path = source.trim().replace(HOST, '');
  for (const pattern of DAY_PATTERNS) {
    const iso = firstDate(path, pattern, 3);
    if (iso) return { iso, precision: 'day', source: 'url' };
  }
  const month = firstDate(path, MONTH_PATTERN, 2);
  if (month) return { iso: month, precision: 'month', source: 'url' };
  const year = firstDate(path, YEAR_PATTERN, 1);
  return year ? { iso: year, precision: 'year', source: 'url' } : null;
}

// the first match that is a real date: an earlier digit run that only looks like one must not hide a later date
function firstDate(path: string, pattern: RegExp, parts: 1 | 2 | 3): string | null {
  for (const match of path.matchAll(pattern)) {
    const iso = calendarDate(Number(match[1]), parts > 1 ? Number(match[2]) : null, parts > 2 ? Number(match[3]) : null);
    if (iso) return iso;
  }
  return null;
}
