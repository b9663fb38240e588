import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './peerTypeDefs.js';

// the peer's own process, as kg's server has: `tsx bench/api/peerServer.ts URI USER PASSWORD PORT`
const [uri, username, password, port] = process.argv.slice(2) as [string, string, string, string];
const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(port) } });
console.log(`READY ${url}`);
process.on(
  'SIGTERM',
  () =>
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0)),
);
