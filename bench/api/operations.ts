import type { Driver } from 'neo4j-driver';
import { toGlobalId } from '../../src/resolvers/globalId.js';

/** One operation as each contender asks it, and how each answer becomes the same canonical value. */
export interface Operation {
  name: string;
  kg: { query: string; variables: Record<string, unknown>; answer: (data: any) => unknown };
  peer: { query: string; variables: Record<string, unknown>; answer: (data: any) => unknown };
  raw: { cypher: string; params: Record<string, unknown>; answer: (rows: any[]) => unknown };
}

/** The nodes the operations start from, picked from the loaded graph so every run asks the same. */
export interface Arguments {
  official: string;
  pathFrom: string;
  pathTo: string;
  twoHopFrom: string;
}

const TRAVERSED = '[ATTENDED, DIRECTED, MENTIONS]';
const names = (connection: { edges: { node: { name: string } }[] }) => connection.edges.map((edge) => edge.node.name);

/**
 * The bench's five operations: the README's nested view, one official by name with three lists,
 * a flat page of 50, a shortest path and a 2-hop neighbourhood. The raw forms are what a person
 * would write by hand for each, one statement apiece: the floor.
 */
export function operations(args: Arguments): Operation[] {
  return [
    {
      name: 'nested view: towns → directors → their towns → slogans',
      kg: {
        query: `{ towns(first: 10, orderBy: { field: NAME }) { edges { node { name
          directors(first: 5) { edges { node { name
            towns(first: 5) { edges { node { name slogans(first: 10) { edges { node { name } } } } } } } } } } } } }`,
        variables: {},
        answer: (data) =>
          data.towns.edges.map(({ node: town }: any) => ({
            name: town.name,
            directors: town.directors.edges.map(({ node: official }: any) => ({
              name: official.name,
              towns: official.towns.edges.map(({ node }: any) => ({ name: node.name, slogans: names(node.slogans) })),
            })),
          })),
      },
      peer: {
        query: `{ towns(sort: [{ name: ASC }, { key: ASC }], limit: 10) { name
          directors(first: 5) { name towns(first: 5) { name slogans(first: 10) { name } } } } }`,
        variables: {},
        answer: (data) =>
          data.towns.map((town: any) => ({
            name: town.name,
            directors: town.directors.map((official: any) => ({
              name: official.name,
              towns: official.towns.map((t: any) => ({ name: t.name, slogans: t.slogans.map((s: any) => s.name) })),
            })),
          })),
      },
      raw: {
        cypher: `MATCH (t:Town) WITH t ORDER BY t.name, t.key LIMIT 10
          CALL (t) {
            MATCH (o:Official)-[:DIRECTED]->(t) WITH DISTINCT o ORDER BY o.name, o.key LIMIT 5
            CALL (o) {
              MATCH (o)-[:ATTENDED|DIRECTED]->(x:Town) WITH DISTINCT x ORDER BY x.name, x.key LIMIT 5
              CALL (x) {
                CALL (x) { MATCH (x)-[:MENTIONS]->(s:Slogan) RETURN s UNION MATCH (:Official)-[:MENTIONS {town: x.key}]->(s:Slogan) RETURN s }
                WITH DISTINCT s ORDER BY s.name, s.key LIMIT 10
                RETURN collect(s.name) AS slogans
              }
              RETURN collect({name: x.name, slogans: slogans}) AS towns
            }
            RETURN collect({name: o.name, towns: towns}) AS directors
          }
          RETURN t.name AS name, directors`,
        params: {},
        answer: (rows) => rows,
      },
    },
    {
      name: 'one official by name with meetings, slogans, industries',
      kg: {
        query: `query ($name: String!) { official(name: $name) { name
          meetings(first: 20) { edges { node { name } } } slogans(first: 20) { edges { node { name } } } industries(first: 20) { edges { node { name } } } } }`,
        variables: { name: args.official },
        answer: ({ official: o }) => ({ name: o.name, meetings: names(o.meetings), slogans: names(o.slogans), industries: names(o.industries) }),
      },
      peer: {
        query: `query ($name: String!) { officials(where: { name: { eq: $name } }) { name
          meetings(first: 20) { name } slogans(first: 20) { name } industries(first: 20) { name } } }`,
        variables: { name: args.official },
        answer: ({ officials: [o] }) => ({
          name: o.name,
          meetings: o.meetings.map((m: any) => m.name),
          slogans: o.slogans.map((s: any) => s.name),
          industries: o.industries.map((s: any) => s.name),
        }),
      },
      raw: {
        cypher: `MATCH (o:Official {name: $name})
          CALL (o) {
            CALL (o) { MATCH (o)-[:ATTENDED]->(m:Meeting) RETURN m UNION MATCH (o)-[r:ATTENDED]->(:Town) MATCH (m:Meeting {key: r.meeting}) RETURN m }
            WITH DISTINCT m ORDER BY m.name, m.key LIMIT 20 RETURN collect(m.name) AS meetings
          }
          CALL (o) { MATCH (o)-[:MENTIONS]->(s:Slogan) WITH DISTINCT s ORDER BY s.name, s.key LIMIT 20 RETURN collect(s.name) AS slogans }
          CALL (o) { MATCH (o)-[:MENTIONS]->(s:Industry) WITH DISTINCT s ORDER BY s.name, s.key LIMIT 20 RETURN collect(s.name) AS industries }
          RETURN o.name AS name, meetings, slogans, industries`,
        params: { name: args.official },
        answer: ([row]) => row,
      },
    },
    {
      name: 'first 50 officials with titles',
      kg: {
        query: '{ officials(first: 50) { edges { node { name titles } } } }',
        variables: {},
        answer: (data) => data.officials.edges.map(({ node }: any) => ({ name: node.name, titles: [...node.titles].sort() })),
      },
      peer: {
        query: '{ officials(sort: [{ name: ASC }, { key: ASC }], limit: 50) { name titles } }',
        variables: {},
        answer: (data) => data.officials.map((o: any) => ({ name: o.name, titles: [...o.titles].sort() })),
      },
      raw: {
        cypher: 'MATCH (o:Official) WITH o ORDER BY o.name, o.key LIMIT 50 RETURN o.name AS name, o.titles AS titles',
        params: {},
        // kg lists titles in code-unit order, the stored list keeps first-seen order: compared as sets
        answer: (rows) => rows.map((row) => ({ name: row.name, titles: [...row.titles].sort() })),
      },
    },
    {
      name: 'shortest path (official → industry)',
      kg: {
        query: `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, relationshipTypes: ${TRAVERSED}) { length } }`,
        variables: { from: toGlobalId(args.pathFrom), to: toGlobalId(args.pathTo) },
        answer: (data) => data.shortestPath.length,
      },
      peer: {
        query: 'query ($from: String!, $to: String!) { shortestPathLength(from: $from, to: $to) }',
        variables: { from: args.pathFrom, to: args.pathTo },
        answer: (data) => data.shortestPathLength,
      },
      raw: {
        cypher: `MATCH (a:Node {gid: $from}), (b:Node {gid: $to})
          MATCH p = shortestPath((a)-[:ATTENDED|DIRECTED|MENTIONS*..6]-(b)) RETURN length(p) AS hops`,
        params: { from: args.pathFrom, to: args.pathTo },
        answer: ([row]) => row.hops,
      },
    },
    {
      name: '2-hop neighbourhood (nodes)',
      kg: {
        query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2, relationshipTypes: ${TRAVERSED}, limit: 500) { nodes { id } } }`,
        variables: { id: toGlobalId(args.twoHopFrom) },
        answer: (data) =>
          data.neighbourhood.nodes
            .map((node: any) => Buffer.from(node.id, 'base64').toString('utf8'))
            .filter((gid: string) => gid !== args.twoHopFrom)
            .sort(),
      },
      peer: {
        query: 'query ($gid: String!) { twoHopGids(gid: $gid) }',
        variables: { gid: args.twoHopFrom },
        answer: (data) => [...data.twoHopGids].sort(),
      },
      raw: {
        cypher: `MATCH (a:Node {gid: $gid})-[:ATTENDED|DIRECTED|MENTIONS]-(x:Node) WITH a, collect(DISTINCT x) AS first
          UNWIND first AS x MATCH (x)-[:ATTENDED|DIRECTED|MENTIONS]-(m:Node) WHERE m <> a
          WITH first, collect(DISTINCT m) AS second
          RETURN [n IN first + [m IN second WHERE NOT m IN first] | n.gid] AS gids`,
        params: { gid: args.twoHopFrom },
        answer: ([row]) => [...row.gids].sort(),
      },
    },
  ];
}

/**
 * Picks the operations' arguments from the graph: the official with the most mentions whose name
 * is unique, a path from them to the industry farthest from them, and the official with the largest
 * 2-hop neighbourhood under 450 nodes (so kg's node limit of 500 does not cut it).
 */
export async function chooseArguments(driver: Driver, database?: string): Promise<Arguments> {
  const one = async (cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await driver.executeQuery(cypher, params, { database });
    if (!records[0]) throw new Error(`the bench graph has nothing for: ${cypher}`);
    return records[0].toObject() as Record<string, string>;
  };
  const { name, gid } = await one(`MATCH (o:Official) WITH o.name AS name, collect(o) AS namesakes WHERE size(namesakes) = 1
    WITH namesakes[0] AS o RETURN o.name AS name, o.gid AS gid ORDER BY COUNT { (o)-[:MENTIONS]->() } DESC, o.key LIMIT 1`);
  const { to } = await one(
    `MATCH (a:Node {gid: $gid}), (i:Industry) WHERE NOT EXISTS { (a)-[:MENTIONS]->(i) }
     MATCH p = shortestPath((a)-[:ATTENDED|DIRECTED|MENTIONS*..6]-(i)) RETURN i.gid AS to ORDER BY length(p) DESC, to LIMIT 1`,
    { gid },
  );
  // level by level with DISTINCT, as kg walks it: a variable-length pattern would enumerate every path
  const { from } = await one(`MATCH (o:Official) WITH o, COUNT { (o)-[:ATTENDED|DIRECTED|MENTIONS]-() } AS degree WHERE degree > 0
    WITH o ORDER BY degree, o.key LIMIT 50
    CALL (o) {
      MATCH (o)-[:ATTENDED|DIRECTED|MENTIONS]-(x:Node) WITH DISTINCT x
      MATCH (x)-[:ATTENDED|DIRECTED|MENTIONS]-(m:Node) WITH DISTINCT m
      RETURN count(m) AS size
    }
    WITH o, size WHERE size < 450 RETURN o.gid AS from ORDER BY size DESC, o.key LIMIT 1`);
  return { official: name!, pathFrom: gid!, pathTo: to!, twoHopFrom: from! };
}
