import type { NodeRecord, RelationRecord } from '../data/records.js';
import type { Resolvers } from '../generated/resolvers.js';

const RELATION_TYPES = { ATTENDED: 'Attendance', DIRECTED: 'Directive', MENTIONS: 'Mention' } as const;

/**
 * Interfaces and unions resolve from the record itself: a node's label is its GraphQL type, an
 * edge's Neo4j type names its GraphQL type.
 */
export const abstractTypes: Resolvers = {
  Node: { __resolveType: (node) => node.label },
  Entity: { __resolveType: (entity) => entity.label },
  Phrase: { __resolveType: (phrase) => phrase.label },
  Relation: { __resolveType: (relation) => RELATION_TYPES[relation.type] },
  TownEvent: { __resolveType: (event) => (event.type === 'ATTENDED' ? 'Attendance' : 'Directive') },
  SearchResult: {
    __resolveType: (result) => {
      const record = result as NodeRecord | RelationRecord;
      return 'label' in record ? record.label : RELATION_TYPES[record.type];
    },
  },
};
