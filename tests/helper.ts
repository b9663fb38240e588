import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { createApp, type App } from '../src/createApp.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { ingestFiles } from '../src/ingest/ingestFiles.js';
import { loadCypherCatalog } from '../src/cypher/loadCypherCatalog.js';
import { applySchema } from '../src/neo4j/applySchema.js';
import { connectNeo4j, type Neo4jConnection } from '../src/neo4j/connectNeo4j.js';
import { createGraphDatabase, type GraphDatabase } from '../src/neo4j/createGraphDatabase.js';
import type { RunningServer } from '../src/server/createServer.js';
export { freePort } from './globalSetup.js';

export const fixtures = new URL('./fixtures/', import.meta.url).pathname;
export const SAMPLE = 'data/corpus/kunshan-npc-18-3-group-review.txt';
export const FIXTURE_ARTICLES = readdirSync(join(fixtures, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(fixtures, 'articles', f));
export const gazetteer = loadGazetteer();

/** The service's Config pointed at the run's Neo4j (see globalSetup), with overrides for one test. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const { uri, username, password, database } = inject('neo4j');
  return { ...loadConfig(), neo4jUri: uri, neo4jUsername: username, neo4jPassword: password, neo4jDatabase: database, ...overrides };
}

export function connectTestNeo4j(config = testConfig()): Promise<Neo4jConnection> {
  return connectNeo4j(config, { log: () => {} });
}

/** A connection plus the GraphDatabase the loaders and data modules run on, with the schema applied. */
export async function openTestGraph(): Promise<{ connection: Neo4jConnection; db: GraphDatabase }> {
  const connection = await connectTestNeo4j();
  const db = createGraphDatabase({ driver: connection.driver, catalog: loadCypherCatalog() });
  await applySchema(db);
  return { connection, db };
}

/** Empties the graph: test files take turns on one database (vitest.config fileParallelism). */
export async function resetGraph(connection: Neo4jConnection): Promise<void> {
  await connection.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: connection.database });
}

export interface GraphQLBody<T = any> {
  data?: T;
  errors?: any[];
}

export interface TestServer {
  app: App;
  server: RunningServer;
  url: string;
  /** POSTs one GraphQL operation and returns the parsed body */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLBody<T>>;
  /** the same, with the HTTP status beside the body, for refusals */
  post<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLBody<T> }>;
  close(): Promise<void>;
}

/** The real app (schema, server, HTTP) on a free port, against the run's Neo4j. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const app = await createApp(testConfig(overrides), { log: () => {}, seedCorpus: false });
  const server = await app.listen(0);
  const post: TestServer['post'] = async (query, variables, headers = {}) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody };
  };
  return {
    app,
    server,
    url: server.url,
    post,
    graphql: async (query, variables, headers) => (await post(query, variables, headers)).body,
    async close() {
      await server.stop();
      await app.close();
    },
  };
}

/** Empties the graph and ingests real article text (the sample unless told otherwise). */
export async function loadArticles(server: TestServer, files: string[] = [SAMPLE]): Promise<void> {
  await resetGraph(server.app.connection);
  const report = await ingestFiles(server.app.db, files, { gazetteer });
  if (report.failures.length) throw new Error(`ingesting ${report.failures.map((f) => `${f.path}: ${f.message}`).join('; ')}`);
}

/** Raw rows of a hand-written query, for comparing what the code did with what Cypher says directly. */
export async function cypher<T = Record<string, any>>(connection: Neo4jConnection, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await connection.driver.executeQuery(query, params, { database: connection.database });
  return records.map((r) => r.toObject() as T);
}

/** The database as it is, except that `statement` fails with `message` whenever its rows carry `articleId`: a Neo4j failure mid-way through one article's writes. */
export function failingFor(db: GraphDatabase, statement: string, articleId: string, message: string): GraphDatabase {
  return {
    ...db,
    writeTransaction: (work) =>
      db.writeTransaction((tx) =>
        work({
          run: async (name, params) => {
            const rows = (params?.rows ?? []) as { articleId?: string }[];
            if (name === statement && rows.some((row) => row.articleId === articleId)) throw new Error(message);
            return tx.run(name, params);
          },
        }),
      ),
  };
}
