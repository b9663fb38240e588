/** A list's two statements, assembled from one file's `// @page` and `// @count` forms. */
export interface PagedStatement {
  readonly page: string;
  readonly count: string;
}

/**
 * Every name in a data module's table of statements (a paged one gives its page and its count),
 * for `catalog.require` at boot. The tables spell each name out, so a grep for a statement's name
 * finds the module that runs it.
 */
export function statementNames(table: Readonly<Record<string, string | PagedStatement>>): string[] {
  return Object.values(table).flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.page, entry.count]));
}
