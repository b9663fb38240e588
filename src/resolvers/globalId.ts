import { NODE_LABELS, type NodeLabel } from '../data/records.js';
import { splitGid } from '../neo4j/gid.js';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A node's global id: base64 of its gid (Label:key), opaque to clients as Relay asks. */
export function toGlobalId(gid: string): string {
  return Buffer.from(gid, 'utf8').toString('base64');
}

/**
 * The gid (Label:key) inside a global id, checked: base64 of a known label, a colon and a key,
 * and of one of the `expected` labels when the argument names a kind of node. Anything else is
 * BAD_USER_INPUT saying what a valid id looks like, before any statement runs.
 */
export function fromGlobalId(id: string, argument: string, expected: readonly NodeLabel[] = NODE_LABELS): string {
  const gid = BASE64.test(id) ? Buffer.from(id, 'base64').toString('utf8') : '';
  const { label, key } = splitGid(gid);
  const wellFormed = toGlobalId(gid) === id && NODE_LABELS.includes(label as NodeLabel) && key.length > 0;
  if (!wellFormed) {
    throw new DomainError(
      ErrorCode.BadUserInput,
      `${argument} must be an id this API returned: base64 of Label:key, e.g. ${toGlobalId('Official:某市:张三')} for Official:某市:张三; got '${id}'`,
      { argument },
    );
  }
  if (!expected.includes(label as NodeLabel)) {
    throw new DomainError(ErrorCode.BadUserInput, `${argument} must be the id of ${expected.join(' or ')}; got the id of ${gid}`, { argument });
  }
  return gid;
}

/** fromGlobalId for an optional argument: null stays null. */
export function optionalGid(id: string | null | undefined, argument: string, expected?: readonly NodeLabel[]): string | null {
  return id === null || id === undefined ? null : fromGlobalId(id, argument, expected);
}
