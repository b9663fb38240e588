import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import type { CypherCatalog } from '../cypher/loadCypherCatalog.js';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import { fromNeo4jError } from '../errors/fromNeo4jError.js';
import type { RequestScope } from './requestScope.js';
import type { DatabaseHealth } from './databaseHealth.js';

export type Params = Record<string, unknown>;

// the driver's words for a server it cannot reach at all (not one that refuses or is busy)
function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

// how long past its deadline a statement may still answer before the request stops waiting for it
const DEADLINE_GRACE_MS = 250;

/** Runs named statements inside one transaction (e.g. one article's whole load). */
export interface StatementRunner {
  run<T extends RecordShape = RecordShape>(name: string, params?: Params): Promise<T[]>;
}

export interface GraphDatabase {
  read<T extends RecordShape = RecordShape>(name: string, params?: Params): Promise<T[]>;
  write<T extends RecordShape = RecordShape>(name: string, params?: Params): Promise<T[]>;
  /** all or nothing: the work's statements commit together or not at all */
  writeTransaction<R>(work: (tx: StatementRunner) => Promise<R>): Promise<R>;
  readonly catalog: CypherCatalog;
  readonly driver: Driver;
}

interface GraphDatabaseOptions {
  driver: Driver;
  catalog: CypherCatalog;
  database?: string;
  timeoutMs?: number;
  /** called once per statement sent to Neo4j: the metrics counter hangs here */
  onStatement?: (name: string) => void;
  /** the request being served, if any: its deadline bounds every statement it runs */
  scope?: () => RequestScope | undefined;
  /** what is known of the database's availability: a known outage fails a statement at once */
  health?: DatabaseHealth;
}

/**
 * The one path from the data modules to Neo4j: statements by catalog name (never built strings),
 * parameters only, a transaction timeout on every call, retries of transient errors by the
 * driver's managed transactions, and Neo4j failures mapped to DomainErrors.
 */
export function createGraphDatabase({ driver, catalog, database, timeoutMs = 15_000, onStatement = () => {}, scope = () => undefined, health }: GraphDatabaseOptions): GraphDatabase {
  const runIn = async <T extends RecordShape>(tx: ManagedTransaction, name: string, params: Params): Promise<T[]> => {
    const text = catalog.statements.get(name);
    if (text === undefined) throw new Error(`No Cypher statement named '${name}' (expected cypher/${name}.cypher)`);
    onStatement(name);
    const result: QueryResult<T> = await tx.run<T>(text, params);
    return result.records.map((record) => record.toObject());
  };
  const transact = async <R>(mode: 'READ' | 'WRITE', label: string, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> => {
    health?.assertUp();
    // one deadline per request, across all its statements: a statement gets what is left of it
    const request = scope();
    const left = request ? request.deadline - Date.now() : timeoutMs;
    if (left <= 0) {
      throw new DomainError(ErrorCode.QueryTimeout, `The request ran past its time limit of ${request!.budgetMs} ms; ask for less (smaller pages, depth or limit)`, { statement: label, limitMs: request!.budgetMs });
    }
    const session = driver.session({ database, defaultAccessMode: mode });
    let overdue: NodeJS.Timeout | undefined;
    let abandoned = false;
    try {
      const config = { timeout: Math.min(timeoutMs, left), metadata: { app: 'kg', statement: label, ...(request ? { requestId: request.requestId } : {}) } };
      const running = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
      if (!request) return await running;
      // the server's own timeout stops the statement; the driver's retries of transient errors
      // would not stop at the request's deadline, so the answer does not wait for them
      const late = new Promise<never>((_, reject) => {
        overdue = setTimeout(() => {
          abandoned = true;
          reject(Object.assign(new Error('request deadline'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' }));
        }, left + DEADLINE_GRACE_MS);
      });
      running.catch(() => {});
      return await Promise.race([running, late]);
    } catch (error) {
      const mapped = fromNeo4jError(error, label, request ? { limitMs: request.budgetMs } : { limitMs: timeoutMs });
      // an unreachable server: the next statements fail fast until a probe finds it again
      if (mapped instanceof DomainError && mapped.code === ErrorCode.DatabaseUnavailable && isUnreachable(error)) health?.markDown('it does not answer');
      throw mapped;
    } finally {
      clearTimeout(overdue);
      // a statement abandoned at the deadline is rolled back when its session closes; nobody waits for that
      if (abandoned) void session.close();
      else await session.close();
    }
  };
  // a request's statements take turns through its gate (see statementGate); work outside a request runs at once
  const gated = <R>(work: () => Promise<R>): Promise<R> => scope()?.gate(work) ?? work();
  return {
    catalog,
    driver,
    read: (name, params = {}) => gated(() => transact('READ', name, (tx) => runIn(tx, name, params))),
    write: (name, params = {}) => gated(() => transact('WRITE', name, (tx) => runIn(tx, name, params))),
    writeTransaction: (work) => gated(() => transact('WRITE', 'transaction', (tx) => work({ run: (name, params = {}) => runIn(tx, name, params) }))),
  };
}
