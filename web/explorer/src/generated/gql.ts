/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment NodeFields on Node {\n    __typename\n    id\n    ... on Entity {\n      name\n    }\n    ... on Official {\n      jurisdiction\n    }\n    ... on Article {\n      title\n    }\n  }\n": typeof types.NodeFieldsFragmentDoc,
    "\n  fragment EdgeFields on GraphEdge {\n    type\n    source {\n      id\n    }\n    target {\n      id\n    }\n    role\n    delegation\n    date\n    context\n    points\n    meeting {\n      name\n    }\n    evidence {\n      sentence\n      start\n      end\n      article {\n        id\n        title\n        source\n        date\n      }\n    }\n  }\n": typeof types.EdgeFieldsFragmentDoc,
    "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, types: [OFFICIAL, TOWN, SLOGAN, INDUSTRY, MEETING], first: 12) {\n      score\n      result {\n        __typename\n        ... on Entity {\n          id\n          name\n        }\n        ... on Official {\n          jurisdiction\n        }\n        ... on Town {\n          parent\n        }\n      }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerNeighbourhood($id: ID!, $limit: Int!) {\n    neighbourhood(id: $id, limit: $limit) {\n      truncated\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    all: neighbourhood(id: $id, limit: 500) {\n      truncated\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!) {\n    allShortestPaths(from: $from, to: $to, first: 10) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.ExplorerPathsDocument,
    "\n  query ExplorerNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        key\n        name\n        aliases\n        articles(first: 10) {\n          totalCount\n          edges {\n            titles\n            node {\n              id\n              title\n              source\n              date\n            }\n          }\n        }\n      }\n      ... on Official {\n        jurisdiction\n        career {\n          title\n          firstSeen\n          lastSeen\n        }\n        centrality {\n          degree\n          pageRank\n        }\n      }\n      ... on Town {\n        kind\n        parent\n        county\n        city\n        province\n        code\n        centrality {\n          degree\n          pageRank\n        }\n      }\n      ... on Meeting {\n        jurisdiction\n        date\n      }\n      ... on Article {\n        title\n        source\n        date\n      }\n    }\n  }\n": typeof types.ExplorerNodeDocument,
    "\n  query ExplorerCoAttendance($id: ID!) {\n    coAttendance(officialId: $id, first: 50) {\n      weight\n      official {\n        ...NodeFields\n      }\n      sharedEvents {\n        date\n        article {\n          title\n        }\n      }\n    }\n  }\n": typeof types.ExplorerCoAttendanceDocument,
    "\n  query ExplorerDiffusion($id: ID!) {\n    sloganDiffusion(sloganId: $id) {\n      townCount\n      firstByTown {\n        date\n        town {\n          ...NodeFields\n        }\n        official {\n          ...NodeFields\n        }\n      }\n    }\n  }\n": typeof types.ExplorerDiffusionDocument,
    "\n  query ExplorerCentrality {\n    centralityRanking(by: PAGE_RANK, first: 500) {\n      node {\n        id\n      }\n      centrality {\n        pageRank\n      }\n    }\n  }\n": typeof types.ExplorerCentralityDocument,
};
const documents: Documents = {
    "\n  fragment NodeFields on Node {\n    __typename\n    id\n    ... on Entity {\n      name\n    }\n    ... on Official {\n      jurisdiction\n    }\n    ... on Article {\n      title\n    }\n  }\n": types.NodeFieldsFragmentDoc,
    "\n  fragment EdgeFields on GraphEdge {\n    type\n    source {\n      id\n    }\n    target {\n      id\n    }\n    role\n    delegation\n    date\n    context\n    points\n    meeting {\n      name\n    }\n    evidence {\n      sentence\n      start\n      end\n      article {\n        id\n        title\n        source\n        date\n      }\n    }\n  }\n": types.EdgeFieldsFragmentDoc,
    "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, types: [OFFICIAL, TOWN, SLOGAN, INDUSTRY, MEETING], first: 12) {\n      score\n      result {\n        __typename\n        ... on Entity {\n          id\n          name\n        }\n        ... on Official {\n          jurisdiction\n        }\n        ... on Town {\n          parent\n        }\n      }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerNeighbourhood($id: ID!, $limit: Int!) {\n    neighbourhood(id: $id, limit: $limit) {\n      truncated\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    all: neighbourhood(id: $id, limit: 500) {\n      truncated\n      nodes {\n        id\n      }\n    }\n  }\n": types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!) {\n    allShortestPaths(from: $from, to: $to, first: 10) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": types.ExplorerPathsDocument,
    "\n  query ExplorerNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        key\n        name\n        aliases\n        articles(first: 10) {\n          totalCount\n          edges {\n            titles\n            node {\n              id\n              title\n              source\n              date\n            }\n          }\n        }\n      }\n      ... on Official {\n        jurisdiction\n        career {\n          title\n          firstSeen\n          lastSeen\n        }\n        centrality {\n          degree\n          pageRank\n        }\n      }\n      ... on Town {\n        kind\n        parent\n        county\n        city\n        province\n        code\n        centrality {\n          degree\n          pageRank\n        }\n      }\n      ... on Meeting {\n        jurisdiction\n        date\n      }\n      ... on Article {\n        title\n        source\n        date\n      }\n    }\n  }\n": types.ExplorerNodeDocument,
    "\n  query ExplorerCoAttendance($id: ID!) {\n    coAttendance(officialId: $id, first: 50) {\n      weight\n      official {\n        ...NodeFields\n      }\n      sharedEvents {\n        date\n        article {\n          title\n        }\n      }\n    }\n  }\n": types.ExplorerCoAttendanceDocument,
    "\n  query ExplorerDiffusion($id: ID!) {\n    sloganDiffusion(sloganId: $id) {\n      townCount\n      firstByTown {\n        date\n        town {\n          ...NodeFields\n        }\n        official {\n          ...NodeFields\n        }\n      }\n    }\n  }\n": types.ExplorerDiffusionDocument,
    "\n  query ExplorerCentrality {\n    centralityRanking(by: PAGE_RANK, first: 500) {\n      node {\n        id\n      }\n      centrality {\n        pageRank\n      }\n    }\n  }\n": types.ExplorerCentralityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeFields on Node {\n    __typename\n    id\n    ... on Entity {\n      name\n    }\n    ... on Official {\n      jurisdiction\n    }\n    ... on Article {\n      title\n    }\n  }\n"): typeof import('./graphql').NodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EdgeFields on GraphEdge {\n    type\n    source {\n      id\n    }\n    target {\n      id\n    }\n    role\n    delegation\n    date\n    context\n    points\n    meeting {\n      name\n    }\n    evidence {\n      sentence\n      start\n      end\n      article {\n        id\n        title\n        source\n        date\n      }\n    }\n  }\n"): typeof import('./graphql').EdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, types: [OFFICIAL, TOWN, SLOGAN, INDUSTRY, MEETING], first: 12) {\n      score\n      result {\n        __typename\n        ... on Entity {\n          id\n          name\n        }\n        ... on Official {\n          jurisdiction\n        }\n        ... on Town {\n          parent\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighbourhood($id: ID!, $limit: Int!) {\n    neighbourhood(id: $id, limit: $limit) {\n      truncated\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n    all: neighbourhood(id: $id, limit: 500) {\n      truncated\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPaths($from: ID!, $to: ID!) {\n    allShortestPaths(from: $from, to: $to, first: 10) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        key\n        name\n        aliases\n        articles(first: 10) {\n          totalCount\n          edges {\n            titles\n            node {\n              id\n              title\n              source\n              date\n            }\n          }\n        }\n      }\n      ... on Official {\n        jurisdiction\n        career {\n          title\n          firstSeen\n          lastSeen\n        }\n        centrality {\n          degree\n          pageRank\n        }\n      }\n      ... on Town {\n        kind\n        parent\n        county\n        city\n        province\n        code\n        centrality {\n          degree\n          pageRank\n        }\n      }\n      ... on Meeting {\n        jurisdiction\n        date\n      }\n      ... on Article {\n        title\n        source\n        date\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCoAttendance($id: ID!) {\n    coAttendance(officialId: $id, first: 50) {\n      weight\n      official {\n        ...NodeFields\n      }\n      sharedEvents {\n        date\n        article {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerCoAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerDiffusion($id: ID!) {\n    sloganDiffusion(sloganId: $id) {\n      townCount\n      firstByTown {\n        date\n        town {\n          ...NodeFields\n        }\n        official {\n          ...NodeFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerDiffusionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCentrality {\n    centralityRanking(by: PAGE_RANK, first: 500) {\n      node {\n        id\n      }\n      centrality {\n        pageRank\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerCentralityDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
