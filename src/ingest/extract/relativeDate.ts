import type { DatePrecision, DatedValue } from './datedValue.js';

const DAY_MS = 86_400_000;
const DAY_OFFSET: Readonly<Record<string, number>> = { 今天: 0, 今日: 0, 当天: 0, 當天: 0, 当日: 0, 當日: 0, 昨天: -1, 昨日: -1, 前天: -2, 前日: -2 };
const RECENT = new Set(['日前', '近日', '近期']);
// a report says 近日 of something a few days old; past the 10th that day still lies in the same month
const RECENT_SAME_MONTH_AFTER = 10;

/**
 * Resolves a relative day word against the publication date: 今天/今日/当天 is that day, 昨天/昨日 the
 * day before and 前天 two before (across month and year ends). 日前/近日/近期 name no day, so they give
 * only the publication month, and only when it was published after the 10th; else null.
 */
export function relativeDate(word: string, published: DatedValue): { iso: string; precision: DatePrecision } | null {
  if (RECENT.has(word)) {
    return published.precision === 'day' && Number(published.iso.slice(8, 10)) > RECENT_SAME_MONTH_AFTER
      ? { iso: published.iso.slice(0, 7), precision: 'month' }
      : null;
  }
  const offset = DAY_OFFSET[word];
  if (offset === undefined || published.precision === 'year') return null;
  if (offset === 0) return { iso: published.iso, precision: published.precision };
  if (published.precision !== 'day') return null;
  const [year = 0, month = 0, day = 0] = published.iso.split('-').map(Number);
  return { iso: new Date(Date.UTC(year, month - 1, day) + offset * DAY_MS).toISOString().slice(0, 10), precision: 'day' };
}
