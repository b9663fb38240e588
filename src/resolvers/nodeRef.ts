import type { DataSources } from '../data/createDataSources.js';
import type { NodeLabel } from '../data/records.js';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { NodeRef } from '../generated/resolvers.js';
import { fromGlobalId, toGlobalId } from './globalId.js';

type Labels = readonly NodeLabel[];

/**
 * The gid a traversal's node argument means: an id (the argument callers always had) or a NodeRef
 * beside it (`fromNode` beside `from`), which holds an id or a label and a name. Exactly one way
 * each time: two could disagree, none names anything.
 */
export async function resolveNode(
  data: DataSources,
  id: string | null | undefined,
  ref: NodeRef | null | undefined,
  [idArgument, refArgument]: readonly [string, string],
  expected?: Labels,
): Promise<string> {
  if ((id == null) === (ref == null)) {
    throw new DomainError(ErrorCode.BadUserInput, `Pass exactly one of ${idArgument} and ${refArgument}`, { argument: idArgument });
  }
  if (id != null) return fromGlobalId(id, idArgument, expected);
  const { id: refId, label, name, jurisdiction } = ref!;
  const byName = label != null || name != null;
  if ((refId == null) === !byName || (byName && (label == null || name == null))) {
    throw new DomainError(ErrorCode.BadUserInput, `${refArgument} takes either id, or label and name (and jurisdiction to tell namesakes apart)`, {
      argument: refArgument,
    });
  }
  if (refId != null) return fromGlobalId(refId, `${refArgument}.id`, expected);
  if (expected && !expected.includes(label!)) {
    throw new DomainError(ErrorCode.BadUserInput, `${refArgument} must name ${expected.join(' or ')}; got ${label!}`, { argument: refArgument });
  }
  return data.reference.resolve({ label: label!, name: name!, jurisdiction }, refArgument, toGlobalId);
}
