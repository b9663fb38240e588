/**
 * @neo4j/graphql type definitions over kg's graph that answer the bench's operations exactly as kg
 * does: lists kg dedupes (an official directs a town in many articles, one edge each) or joins
 * (slogans named at a town) are @cypher fields, the library's own tool for them.
 */
export const peerTypeDefs = /* GraphQL */ `
  type Official @node {
    gid: String!
    key: String!
    name: String!
    titles: [String!]
    towns(first: Int = 5): [Town!]!
      @cypher(statement: "MATCH (this)-[:ATTENDED|DIRECTED]->(t:Town) WITH DISTINCT t ORDER BY t.name, t.key LIMIT $first RETURN t", columnName: "t")
    meetings(first: Int = 20): [Meeting!]!
      @cypher(
        statement: """
        CALL (this) {
          MATCH (this)-[:ATTENDED]->(m:Meeting) RETURN m
          UNION
          MATCH (this)-[r:ATTENDED]->(:Town) MATCH (m:Meeting {key: r.meeting}) RETURN m
        }
        WITH DISTINCT m ORDER BY m.name, m.key LIMIT $first RETURN m
        """
        columnName: "m"
      )
    slogans(first: Int = 20): [Slogan!]!
      @cypher(statement: "MATCH (this)-[:MENTIONS]->(s:Slogan) WITH DISTINCT s ORDER BY s.name, s.key LIMIT $first RETURN s", columnName: "s")
    industries(first: Int = 20): [Industry!]!
      @cypher(statement: "MATCH (this)-[:MENTIONS]->(s:Industry) WITH DISTINCT s ORDER BY s.name, s.key LIMIT $first RETURN s", columnName: "s")
  }

  type Town @node {
    gid: String!
    key: String!
    name: String!
    kind: String
    directors(first: Int = 5): [Official!]!
      @cypher(statement: "MATCH (o:Official)-[:DIRECTED]->(this) WITH DISTINCT o ORDER BY o.name, o.key LIMIT $first RETURN o", columnName: "o")
    slogans(first: Int = 10): [Slogan!]!
      @cypher(
        statement: """
        CALL (this) {
          MATCH (this)-[:MENTIONS]->(s:Slogan) RETURN s
          UNION
          MATCH (:Official)-[:MENTIONS {town: this.key}]->(s:Slogan) RETURN s
        }
        WITH DISTINCT s ORDER BY s.name, s.key LIMIT $first RETURN s
        """
        columnName: "s"
      )
  }

  type Slogan @node {
    gid: String!
    key: String!
    name: String!
  }

  type Industry @node {
    gid: String!
    key: String!
    name: String!
  }

  type Meeting @node {
    gid: String!
    key: String!
    name: String!
  }

  type Query {
    shortestPathLength(from: String!, to: String!): Int
      @cypher(
        statement: """
        MATCH (a:Node {gid: $from}), (b:Node {gid: $to})
        MATCH p = shortestPath((a)-[:ATTENDED|DIRECTED|MENTIONS*..6]-(b))
        RETURN length(p) AS hops
        """
        columnName: "hops"
      )
    twoHopGids(gid: String!): [String!]!
      @cypher(
        statement: """
        MATCH (a:Node {gid: $gid})-[:ATTENDED|DIRECTED|MENTIONS]-(x:Node) WITH a, collect(DISTINCT x) AS first
        UNWIND first AS x MATCH (x)-[:ATTENDED|DIRECTED|MENTIONS]-(m:Node) WHERE m <> a
        WITH first, collect(DISTINCT m) AS second
        RETURN [n IN first + [m IN second WHERE NOT m IN first] | n.gid] AS gids
        """
        columnName: "gids"
      )
  }
`;
