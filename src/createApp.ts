import { AsyncLocalStorage } from 'node:async_hooks';
import type { Config } from './config.js';
import { loadCypherCatalog } from './cypher/loadCypherCatalog.js';
import { createDataSources } from './data/createDataSources.js';
import { loadGazetteer } from './ingest/gazetteer.js';
import { seedSampleCorpus } from './ingest/seedSampleCorpus.js';
import { applySchema } from './neo4j/applySchema.js';
import { connectNeo4j, type Neo4jConnection } from './neo4j/connectNeo4j.js';
import { createGraphDatabase, type GraphDatabase } from './neo4j/createGraphDatabase.js';
import { createMetrics, type Metrics } from './server/createMetrics.js';
import { createServer, type RunningServer } from './server/createServer.js';
import type { RequestScope } from './neo4j/requestScope.js';

export interface App {
  db: GraphDatabase;
  metrics: Metrics;
  connection: Neo4jConnection;
  /** starts HTTP on config.port (or the port given; 0 for any free one) */
  listen(port?: number): Promise<RunningServer>;
  /** closes the driver and stops the local Neo4j if this app started it */
  close(): Promise<void>;
}

interface CreateAppOptions {
  log?: (line: string) => void;
  /** a connection made by the caller (tests share one); the app then leaves closing it to the caller */
  connection?: Neo4jConnection;
  /** load the sample corpus into an empty graph (npm start); tests load what they need themselves */
  seedCorpus?: boolean;
}

/**
 * Wires the whole service from a Config: the Cypher catalog first (a missing file stops start-up
 * before anything connects), then Neo4j, the schema, the sample corpus on an empty graph, the server.
 */
export async function createApp(config: Config, { log = (line) => console.error(line), connection, seedCorpus = true }: CreateAppOptions = {}): Promise<App> {
  const catalog = loadCypherCatalog();
  const metrics = createMetrics();
  // the request being served, as the database layer and the server see it (deadline, request id)
  const scope = new AsyncLocalStorage<RequestScope>();
  const own = connection === undefined;
  const neo4j = connection ?? (await connectNeo4j(config, { log }));
  try {
    const db = createGraphDatabase({
      driver: neo4j.driver,
      catalog,
      database: neo4j.database,
      timeoutMs: config.queryTimeoutMs,
      onStatement: (name) => metrics.cypherStatements.inc({ statement: name }),
      scope: () => scope.getStore(),
      health: neo4j.health,
    });
    const data = createDataSources(db);
    const applied = await applySchema(db);
    log(`Neo4j at ${neo4j.uri}: ${applied} schema statements applied`);
    const gazetteer = loadGazetteer(config.gazetteerPaths);
    if (seedCorpus) {
      const seeded = await seedSampleCorpus(db, config.sampleCorpusDir, gazetteer);
      if (seeded)
        log(
          `Empty graph: loaded the sample corpus (${seeded.articles.created} articles, ${seeded.nodes.created} nodes, ${seeded.edges.created} edges)${seeded.failures.map((f) => `\n  failed: ${f.path}: ${f.message}`).join('')}`,
        );
    }
    const server = await createServer({
      db,
      data,
      metrics,
      gazetteer,
      scope,
      log,
      health: neo4j.health,
      database: neo4j.database,
      writeToken: config.writeToken,
      development: config.development,
      budgetMs: config.queryTimeoutMs,
      admission: { maxExpensive: config.maxExpensive, expensiveCost: config.expensiveCost },
    });
    return {
      db,
      metrics,
      connection: neo4j,
      listen: (port = config.port) => server.listen(port, config.host),
      close: async () => {
        if (own) await neo4j.close();
      },
    };
  } catch (error) {
    if (own) await neo4j.close();
    throw error;
  }
}
