import type { NameMatch } from './NameMatch.js';

// Lucene's query syntax characters (QueryParser.escape) plus whitespace, which would split a term
const LUCENE_SPECIAL = /[\\+\-!():^[\]"{}~*?|&/\s]/g;

/**
 * The Lucene query that finds a name (or a substring of one) in a `keyword` full-text index, so a
 * lookup or filter by name seeks the index instead of scanning a label. It only narrows: the
 * statement still compares names exactly, so escaping can never widen an answer.
 */
export function nameLookup(match: NameMatch | null | undefined, fields: readonly string[] = ['name', 'aliases']): string | null {
  const equals = match?.equals ?? null;
  const contains = match?.contains ?? null;
  // both given: the equality alone finds every candidate, the statement checks the substring
  if (equals !== null) return fields.map((field) => `${field}:"${equals.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(' OR ');
  if (contains !== null) return fields.map((field) => `${field}:*${contains.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}*`).join(' OR ');
  return null;
}
