// an ISO date cut to its precision (yyyy-mm-dd, yyyy-mm or yyyy), as fact edges and articles store it
const ISO_PREFIX = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The days a date cut to its precision covers (`2024-01-18` that day, `2024-01` the 1st to the 31st,
 * `2024` the whole year), so a timeline shows a fact for the period it was reported in without
 * inventing a day. Anything else, a 30 February included, is no period: Gephi refuses a bad date.
 */
export function datePeriod(date: unknown): { start: string; end: string } | undefined {
  if (typeof date !== 'string' || !ISO_PREFIX.test(date)) return undefined;
  if (date.length === 10) return date.slice(8) <= lastDay(date.slice(0, 7)) ? { start: date, end: date } : undefined;
  if (date.length === 7) return { start: `${date}-01`, end: `${date}-${lastDay(date)}` };
  return { start: `${date}-01-01`, end: `${date}-12-31` };
}

// day 0 of the next month is the last of this one, leap Februaries included
function lastDay(month: string): string {
  return String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate());
}
