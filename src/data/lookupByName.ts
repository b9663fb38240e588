import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase, Params } from '../neo4j/createGraphDatabase.js';
import { nameLookup } from './nameLookup.js';
import { toNode, type NodeRecord } from './records.js';

/**
 * A lookup by name returns the one node that carries it as name or alias, or null. Two namesakes
 * (李铭 of 吴江区 and of 昆山市) make it BAD_USER_INPUT naming them, since picking one would answer
 * a question the client did not ask; `narrowBy` says which argument tells them apart.
 */
export async function lookupByName<T extends NodeRecord>(db: GraphDatabase, statement: string, params: Params & { name: string }, narrowBy: string): Promise<T | null> {
  const rows = await db.read<{ node: Params }>(statement, { ...params, lookup: nameLookup({ equals: params.name }) });
  const nodes = rows.map((row) => toNode(row.node) as T);
  if (nodes.length > 1) {
    throw new DomainError(ErrorCode.BadUserInput, `'${params.name}' names ${nodes.length} nodes (${nodes.map((n) => n.key).join(', ')}); pass ${narrowBy} or an id`, { candidates: nodes.map((n) => n.key) });
  }
  return nodes[0] ?? null;
}
