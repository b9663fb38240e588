import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { nameLookup } from './nameLookup.js';
import type { EntityRecord } from './records.js';

type EntityLabel = EntityRecord['label'];

const STATEMENTS = { byName: 'reference/byName' } as const;

// each label's keyword full-text index over name and aliases (cypher/schema/18–22)
const NAME_INDEX: Readonly<Record<EntityLabel, string>> = {
  Official: 'official_names',
  Town: 'town_names',
  Industry: 'industry_names',
  Slogan: 'slogan_names',
  Meeting: 'meeting_names',
};

export interface NamedReference {
  label: EntityLabel;
  name: string;
  jurisdiction?: string | null;
}

/** one node a name could mean, as an ambiguity error lists it (gid; the resolver turns it into an id) */
export interface Candidate {
  gid: string;
  label: EntityLabel;
  name: string;
  jurisdiction: string | null;
}

/**
 * Names to nodes for the traversals, through each label's keyword name index rather than a label
 * scan. A name several nodes carry is never resolved by picking one: the caller gets them all.
 */
export function createReferenceData(db: GraphDatabase) {
  db.catalog.require([STATEMENTS.byName]);
  /** every node of `label` carrying `name` (as name or alias), at most 10, in key order */
  const candidates = async ({ label, name, jurisdiction }: NamedReference): Promise<Candidate[]> => {
      const rows = await db.read<{ gid: string; name: string; jurisdiction: string | null }>(STATEMENTS.byName, {
        index: NAME_INDEX[label],
        lookup: nameLookup({ equals: name }),
        name,
        jurisdiction: jurisdiction ?? null,
      });
      return rows.map((row) => ({ ...row, label }));
  };
  return {
    candidates,
    /** the one node the name means: NOT_FOUND for none, BAD_USER_INPUT listing them for several */
    async resolve(reference: NamedReference, argument: string, toId: (gid: string) => string): Promise<string> {
      const found = await candidates(reference);
      const named = `${reference.label} '${reference.name}'${reference.jurisdiction ? ` of ${reference.jurisdiction}` : ''}`;
      if (found.length === 0) throw new DomainError(ErrorCode.NotFound, `${argument} names no node in the graph: ${named}`, { argument });
      if (found.length > 1) {
        throw new DomainError(
          ErrorCode.BadUserInput,
          `${argument}: ${named} names ${found.length} nodes (${found.map((c) => c.jurisdiction ?? c.gid).join(', ')}); pass jurisdiction or an id`,
          { argument, // the label as the schema spells it (EntityType), so a candidate can be passed back as a NodeRef
          candidates: found.map(({ gid, label, name, jurisdiction }) => ({ id: toId(gid), label: label.toUpperCase(), name, jurisdiction })), },
        );
      }
      return found[0]!.gid;
    },
  };
}
