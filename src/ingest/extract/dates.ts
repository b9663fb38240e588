export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when masked (*月*日) or when the year is unknown */
  iso: string | null;
  /** true when the text itself wrote the year */
  hasYear: boolean;
}

const DATE = /(?:([0-9]{4}|\*{4})年)?([0-9]{1,2}|\*+)月([0-9]{1,2}|\*+)日/g;

/**
 * Finds 2024年1月15日 / 1月15日 / *月*日 and reads them as ISO dates; a masked part or an
 * unknown year gives null, because a guessed date would be a wrong fact in the graph.
 */
export function dates(text: string, fallbackYear: number | null): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
    const [surface, yearText, monthText = '', dayText = ''] = match;
    const year = yearText ? (yearText.includes('*') ? null : Number(yearText)) : fallbackYear;
    found.push({ start: match.index, end: match.index + surface.length, iso: iso(year, monthText, dayText), hasYear: yearText !== undefined });
  }
  return found;
}

// month and day must be real numbers in range; anything masked or impossible is unknown
function iso(year: number | null, monthText: string, dayText: string): string | null {
  const month = Number(monthText);
  const day = Number(dayText);
  if (year === null || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
