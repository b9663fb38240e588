/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type MentionContext =
  /** a town group's delegates */
  | 'DISCUSSION'
  /** an official's remarks */
  | 'REMARKS';

export type RelationshipType =
  | 'ATTENDED'
  /** article → entity: the article names it */
  | 'CONTAINS'
  | 'DIRECTED'
  | 'MENTIONS';

export type TownKind =
  | 'CITY'
  /** 县 or 旗 (a county-level unit that is neither a district nor a city) */
  | 'COUNTY'
  | 'COUNTY_CITY'
  | 'DEVELOPMENT_ZONE'
  | 'DISTRICT'
  | 'OTHER'
  | 'PROVINCE'
  | 'SUBDISTRICT'
  | 'TOWN';

type NodeFields_Article_Fragment = { __typename: 'Article', title: string, id: string };

type NodeFields_Industry_Fragment = { __typename: 'Industry', name: string, id: string };

type NodeFields_Meeting_Fragment = { __typename: 'Meeting', name: string, id: string };

type NodeFields_Official_Fragment = { __typename: 'Official', name: string, jurisdiction: string, id: string };

type NodeFields_Slogan_Fragment = { __typename: 'Slogan', name: string, id: string };

type NodeFields_Town_Fragment = { __typename: 'Town', name: string, id: string };

export type NodeFieldsFragment =
  | NodeFields_Article_Fragment
  | NodeFields_Industry_Fragment
  | NodeFields_Meeting_Fragment
  | NodeFields_Official_Fragment
  | NodeFields_Slogan_Fragment
  | NodeFields_Town_Fragment
;

export type EdgeFieldsFragment = { type: RelationshipType, role: string | null, delegation: string | null, date: string | null, context: MentionContext | null, points: Array<string> | null, source:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , target:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , meeting: { name: string } | null, evidence: { sentence: string, start: number, end: number, article: { id: string, title: string, source: string | null, date: string | null } } | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, result:
      | { __typename: 'Article' }
      | { __typename: 'Attendance' }
      | { __typename: 'Directive' }
      | { __typename: 'Industry', id: string, name: string }
      | { __typename: 'Meeting', id: string, name: string }
      | { __typename: 'Mention' }
      | { __typename: 'Official', id: string, name: string, jurisdiction: string }
      | { __typename: 'Slogan', id: string, name: string }
      | { __typename: 'Town', id: string, name: string, parent: string | null }
     }> };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string;
  limit: number;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Article', title: string, id: string }
      | { __typename: 'Industry', name: string, id: string }
      | { __typename: 'Meeting', name: string, id: string }
      | { __typename: 'Official', name: string, jurisdiction: string, id: string }
      | { __typename: 'Slogan', name: string, id: string }
      | { __typename: 'Town', name: string, id: string }
    >, edges: Array<{ type: RelationshipType, role: string | null, delegation: string | null, date: string | null, context: MentionContext | null, points: Array<string> | null, source:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , meeting: { name: string } | null, evidence: { sentence: string, start: number, end: number, article: { id: string, title: string, source: string | null, date: string | null } } | null }> }, all: { truncated: boolean, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } };

export type ExplorerPathsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ExplorerPathsQuery = { allShortestPaths: Array<{ length: number, nodes: Array<
      | { __typename: 'Article', title: string, id: string }
      | { __typename: 'Industry', name: string, id: string }
      | { __typename: 'Meeting', name: string, id: string }
      | { __typename: 'Official', name: string, jurisdiction: string, id: string }
      | { __typename: 'Slogan', name: string, id: string }
      | { __typename: 'Town', name: string, id: string }
    >, edges: Array<{ type: RelationshipType, role: string | null, delegation: string | null, date: string | null, context: MentionContext | null, points: Array<string> | null, source:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , meeting: { name: string } | null, evidence: { sentence: string, start: number, end: number, article: { id: string, title: string, source: string | null, date: string | null } } | null }> }> };

export type ExplorerNodeQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerNodeQuery = { node:
    | { __typename: 'Article', title: string, source: string | null, date: string | null, id: string }
    | { __typename: 'Industry', key: string, name: string, aliases: Array<string>, id: string, articles: { totalCount: number, edges: Array<{ titles: Array<string>, node: { id: string, title: string, source: string | null, date: string | null } }> } }
    | { __typename: 'Meeting', key: string, name: string, aliases: Array<string>, jurisdiction: string, date: string | null, id: string, articles: { totalCount: number, edges: Array<{ titles: Array<string>, node: { id: string, title: string, source: string | null, date: string | null } }> } }
    | { __typename: 'Official', key: string, name: string, aliases: Array<string>, jurisdiction: string, id: string, articles: { totalCount: number, edges: Array<{ titles: Array<string>, node: { id: string, title: string, source: string | null, date: string | null } }> }, career: Array<{ title: string, firstSeen: string | null, lastSeen: string | null }>, centrality: { degree: number, pageRank: number } | null }
    | { __typename: 'Slogan', key: string, name: string, aliases: Array<string>, id: string, articles: { totalCount: number, edges: Array<{ titles: Array<string>, node: { id: string, title: string, source: string | null, date: string | null } }> } }
    | { __typename: 'Town', key: string, name: string, aliases: Array<string>, kind: TownKind, parent: string | null, county: string | null, city: string | null, province: string | null, code: string | null, id: string, articles: { totalCount: number, edges: Array<{ titles: Array<string>, node: { id: string, title: string, source: string | null, date: string | null } }> }, centrality: { degree: number, pageRank: number } | null }
   | null };

export type ExplorerCoAttendanceQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerCoAttendanceQuery = { coAttendance: Array<{ weight: number, official: { __typename: 'Official', name: string, jurisdiction: string, id: string }, sharedEvents: Array<{ date: string | null, article: { title: string } }> }> };

export type ExplorerDiffusionQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerDiffusionQuery = { sloganDiffusion: { townCount: number, firstByTown: Array<{ date: string | null, town: { __typename: 'Town', name: string, id: string } | null, official: { __typename: 'Official', name: string, jurisdiction: string, id: string } | null }> } };

export type ExplorerCentralityQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerCentralityQuery = { centralityRanking: Array<{ node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , centrality: { pageRank: number } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on Node {
  __typename
  id
  ... on Entity {
    name
  }
  ... on Official {
    jurisdiction
  }
  ... on Article {
    title
  }
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on GraphEdge {
  type
  source {
    id
  }
  target {
    id
  }
  role
  delegation
  date
  context
  points
  meeting {
    name
  }
  evidence {
    sentence
    start
    end
    article {
      id
      title
      source
      date
    }
  }
}
    `, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!) {
  search(
    text: $text
    types: [OFFICIAL, TOWN, SLOGAN, INDUSTRY, MEETING]
    first: 12
  ) {
    score
    result {
      __typename
      ... on Entity {
        id
        name
      }
      ... on Official {
        jurisdiction
      }
      ... on Town {
        parent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($id: ID!, $limit: Int!) {
  neighbourhood(id: $id, limit: $limit) {
    truncated
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
  all: neighbourhood(id: $id, limit: 500) {
    truncated
    nodes {
      id
    }
  }
}
    fragment NodeFields on Node {
  __typename
  id
  ... on Entity {
    name
  }
  ... on Official {
    jurisdiction
  }
  ... on Article {
    title
  }
}
fragment EdgeFields on GraphEdge {
  type
  source {
    id
  }
  target {
    id
  }
  role
  delegation
  date
  context
  points
  meeting {
    name
  }
  evidence {
    sentence
    start
    end
    article {
      id
      title
      source
      date
    }
  }
}`) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!) {
  allShortestPaths(from: $from, to: $to, first: 10) {
    length
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
}
    fragment NodeFields on Node {
  __typename
  id
  ... on Entity {
    name
  }
  ... on Official {
    jurisdiction
  }
  ... on Article {
    title
  }
}
fragment EdgeFields on GraphEdge {
  type
  source {
    id
  }
  target {
    id
  }
  role
  delegation
  date
  context
  points
  meeting {
    name
  }
  evidence {
    sentence
    start
    end
    article {
      id
      title
      source
      date
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerNodeDocument = new TypedDocumentString(`
    query ExplorerNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      key
      name
      aliases
      articles(first: 10) {
        totalCount
        edges {
          titles
          node {
            id
            title
            source
            date
          }
        }
      }
    }
    ... on Official {
      jurisdiction
      career {
        title
        firstSeen
        lastSeen
      }
      centrality {
        degree
        pageRank
      }
    }
    ... on Town {
      kind
      parent
      county
      city
      province
      code
      centrality {
        degree
        pageRank
      }
    }
    ... on Meeting {
      jurisdiction
      date
    }
    ... on Article {
      title
      source
      date
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNodeQuery, ExplorerNodeQueryVariables>;
export const ExplorerCoAttendanceDocument = new TypedDocumentString(`
    query ExplorerCoAttendance($id: ID!) {
  coAttendance(officialId: $id, first: 50) {
    weight
    official {
      ...NodeFields
    }
    sharedEvents {
      date
      article {
        title
      }
    }
  }
}
    fragment NodeFields on Node {
  __typename
  id
  ... on Entity {
    name
  }
  ... on Official {
    jurisdiction
  }
  ... on Article {
    title
  }
}`) as unknown as TypedDocumentString<ExplorerCoAttendanceQuery, ExplorerCoAttendanceQueryVariables>;
export const ExplorerDiffusionDocument = new TypedDocumentString(`
    query ExplorerDiffusion($id: ID!) {
  sloganDiffusion(sloganId: $id) {
    townCount
    firstByTown {
      date
      town {
        ...NodeFields
      }
      official {
        ...NodeFields
      }
    }
  }
}
    fragment NodeFields on Node {
  __typename
  id
  ... on Entity {
    name
  }
  ... on Official {
    jurisdiction
  }
  ... on Article {
    title
  }
}`) as unknown as TypedDocumentString<ExplorerDiffusionQuery, ExplorerDiffusionQueryVariables>;
export const ExplorerCentralityDocument = new TypedDocumentString(`
    query ExplorerCentrality {
  centralityRanking(by: PAGE_RANK, first: 500) {
    node {
      id
    }
    centrality {
      pageRank
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerCentralityQuery, ExplorerCentralityQueryVariables>;