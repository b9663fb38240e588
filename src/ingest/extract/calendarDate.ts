const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Writes a date as ISO cut to what is known (2025, 2025-07, 2025-07-14), or null when any part is
 * impossible (year outside 1990–2100, month 13, 2月30日): addresses and ids are full of digit runs,
 * and only a real calendar day may become a date in the graph.
 */
export function calendarDate(year: number, month: number | null = null, day: number | null = null): string | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (month === null) return day === null ? String(year) : null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  if (day === null) return yearMonth;
  if (!Number.isInteger(day) || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return null;
  if (month === 2 && day === 29 && !isLeapYear(year)) return null;
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}

// 29 February exists only in leap years; the month table above allows it for every year
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
