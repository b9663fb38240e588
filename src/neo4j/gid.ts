/**
 * The graph's node id as every node stores it (`gid`, unique through the :Node(gid) constraint):
 * the label, a colon, the key. TypeScript writes and reads the format only here; a statement that
 * joins on it builds the same string in Cypher ('Meeting:' + r.meeting).
 */
export function gidOf(label: string, key: string): string {
  return `${label}:${key}`;
}

/** The label and the key a gid joins; a key may hold colons itself (Official:昆山市:周伟). */
export function splitGid(gid: string): { label: string; key: string } {
  const colon = gid.indexOf(':');
  return colon < 0 ? { label: '', key: gid } : { label: gid.slice(0, colon), key: gid.slice(colon + 1) };
}
