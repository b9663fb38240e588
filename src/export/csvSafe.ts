// what spreadsheet programs read as the start of a formula (OWASP CSV injection)
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell a spreadsheet shows as text: one that starts like a formula (= + - @, tab, carriage
 * return) gets a leading apostrophe, OWASP's rule, so =HYPERLINK(…) in an article's source is
 * never run when a researcher opens the event table.
 */
export function csvSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
