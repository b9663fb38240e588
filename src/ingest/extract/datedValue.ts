// the shape every date reader returns; its own file, so the readers and articleDates need not import each other
/** Where a date was read: the caller's metadata, a header line, a full date in the text, the page address, a relative word or a partial date completed with the publication year. */
export type DateSource = 'caller' | 'header' | 'text' | 'url' | 'relative' | 'partial';
export type DatePrecision = 'day' | 'month' | 'year';

export interface DatedValue {
  /** ISO cut to the precision: 2025-07-14, 2025-07 or 2025 */
  iso: string;
  precision: DatePrecision;
  source: DateSource;
  /** UTF-16 offsets of the expression in the text, when the date was read from it */
  start?: number;
  end?: number;
}
