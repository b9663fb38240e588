import { graphql } from './generated/gql.js';

export const NodeFields = graphql(`
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
`);

export const EdgeFields = graphql(`
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
`);

export const SearchQuery = graphql(`
  query ExplorerSearch($text: String!) {
    search(text: $text, types: [OFFICIAL, TOWN, SLOGAN, INDUSTRY, MEETING], first: 12) {
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
`);

export const NeighbourhoodQuery = graphql(`
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
`);

export const PathsQuery = graphql(`
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
`);

export const NodeDetailsQuery = graphql(`
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
`);

export const CoAttendanceQuery = graphql(`
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
`);

export const DiffusionQuery = graphql(`
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
`);

export const CentralityQuery = graphql(`
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
`);
