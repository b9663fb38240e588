import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { gql } from 'graphql-tag';
import { projectRoot } from '../config.js';
import type { DataSources } from '../data/createDataSources.js';
import { createIngestion } from '../ingest/createIngestion.js';
import type { Gazetteer } from '../ingest/gazetteer.js';
import type { DatabaseHealth } from '../neo4j/databaseHealth.js';
import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { resolvers } from '../resolvers/index.js';
import { admissionPlugin, type AdmissionOptions } from './admissionPlugin.js';
import { createContext, type Context } from '../context/createContext.js';
import { createErrorLog, errorLogPlugin } from './errorLogPlugin.js';
import { httpErrors } from './httpErrors.js';
import { statementGate, type RequestScope } from '../neo4j/requestScope.js';
import type { Metrics } from './createMetrics.js';
import { createFormatError } from './formatError.js';
import { explorerRoutes } from './explorer.js';
import { exportRoutes } from './exportRoutes.js';
import { healthRoutes } from './healthRoutes.js';
import { metricsPlugin } from './metricsPlugin.js';
import { playground } from './playground.js';
import { DEFAULT_LIMITS, queryLimits, type QueryLimits } from './queryLimits.js';

const REQUEST_ID = /^[\w.-]{1,64}$/;
// one request's statements in flight at once (DataLoader batching keeps a nested view to one per level)
const STATEMENTS_PER_REQUEST = 4;

interface CreateServerOptions {
  db: GraphDatabase;
  data: DataSources;
  metrics: Metrics;
  /** the places ingestArticle resolves town names against */
  gazetteer: Gazetteer;
  database?: string;
  writeToken?: string | null;
  development?: boolean;
  schemaPath?: string;
  limits?: QueryLimits;
  /** where each request's deadline and id live while it is served (the database layer reads it too) */
  scope?: AsyncLocalStorage<RequestScope>;
  /** the time one request's database work may take, all statements together */
  budgetMs?: number;
  admission?: Omit<AdmissionOptions, 'scope'>;
  log?: (line: string) => void;
  /** the database's availability, reported on /health */
  health?: DatabaseHealth;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface KgServer {
  app: express.Express;
  apollo: ApolloServer<Context>;
  /** binds the HTTP server; port 0 picks a free one (tests) */
  listen(port: number, host?: string): Promise<RunningServer>;
}

/**
 * The HTTP service: GraphQL on /graphql (Apollo Server 5, CSRF prevention on, abusive operations
 * refused before they run), the playground on /playground and for browsers on /graphql, the graph
 * explorer on /explore, metrics
 * and the health probes. A factory with defaults by destructuring and no module state, so tests run several.
 */
export async function createServer(options: CreateServerOptions): Promise<KgServer> {
  const {
    db,
    data,
    metrics,
    gazetteer,
    database,
    writeToken = null,
    development = false,
    schemaPath = join(projectRoot, 'schema.graphql'),
    limits = DEFAULT_LIMITS,
    scope = new AsyncLocalStorage<RequestScope>(),
    budgetMs = 15_000,
    admission = { maxExpensive: 2, expensiveCost: 5_000 },
    log = (line) => console.error(line),
    health,
  } = options;
  const current = () => scope.getStore();
  const ingestion = createIngestion(db, gazetteer);
  const errorLog = createErrorLog(log);
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createHttpServer(app);
  const protection = queryLimits(limits);
  const ide = playground();
  const apollo = new ApolloServer<Context>({
    typeDefs: gql(readFileSync(schemaPath, 'utf8')),
    resolvers,
    formatError: createFormatError({ development, requestId: () => current()?.requestId }),
    includeStacktraceInErrorResponses: development,
    introspection: true,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metricsPlugin({ metrics }),
      ide.landingPage,
      ...protection.plugins,
      admissionPlugin({ ...admission, scope: current }),
      errorLogPlugin({ errorLog, scope: current }),
    ],
  });
  await apollo.start();

  app.use(healthRoutes({ driver: db.driver, database, health }));
  app.use(exportRoutes({ graphExport: data.graphExport }));
  app.use(ide.routes);
  app.use(explorerRoutes());
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  // every request gets an id (the client's, if it sent a sane one) and a deadline for its database
  // work; the scope starts after the body is read, since stream callbacks would leave it behind
  const requestScope: express.RequestHandler = (req, res, next) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    scope.run({ requestId, deadline: Date.now() + budgetMs, budgetMs, gate: statementGate(STATEMENTS_PER_REQUEST) }, next);
  };
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    requestScope,
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext({ data, ingestion, writeToken, authorization: req.headers.authorization }),
    }),
  );
  app.use(httpErrors({ errorLog, development }));

  return {
    app,
    apollo,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const bound = (httpServer.address() as AddressInfo).port;
          resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}/graphql`, port: bound, stop: () => apollo.stop() });
        });
      }),
  };
}
