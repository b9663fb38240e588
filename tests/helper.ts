import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { createApp, type App } from '../src/createApp.js';
import { connectNeo4j, type Neo4jConnection } from '../src/neo4j/connectNeo4j.js';
import type { RunningServer } from '../src/server/createServer.js';
export { freePort } from './globalSetup.js';

export const fixtures = new URL('./fixtures/', import.meta.url).pathname;

/** The service's Config pointed at the run's Neo4j (see globalSetup), with overrides for one test. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const { uri, username, password, database } = inject('neo4j');
  return { ...loadConfig(), neo4jUri: uri, neo4jUsername: username, neo4jPassword: password, neo4jDatabase: database, ...overrides };
}

export function connectTestNeo4j(config = testConfig()): Promise<Neo4jConnection> {
  return connectNeo4j(config, { log: () => {} });
}

/** Empties the graph: test files take turns on one database (vitest.config fileParallelism). */
export async function resetGraph(connection: Neo4jConnection): Promise<void> {
  await connection.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: connection.database });
}

export interface TestServer {
  app: App;
  server: RunningServer;
  url: string;
  /** POSTs one GraphQL operation and returns the parsed body */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ data?: T; errors?: any[] }>;
  close(): Promise<void>;
}

/** The real app (schema, server, HTTP) on a free port, against the run's Neo4j. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const app = await createApp(testConfig(overrides), { log: () => {}, seedCorpus: false });
  const server = await app.listen(0);
  return {
    app,
    server,
    url: server.url,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: any[] };
    },
    async close() {
      await server.stop();
      await app.close();
    },
  };
}
