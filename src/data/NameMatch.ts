/**
 * A name filter as the API takes it: the whole name (or an alias) or a part of it. Its own file
 * because both the filter maps and the index query read it, and neither should import the other.
 */
export interface NameMatch {
  equals?: string | null;
  contains?: string | null;
}
