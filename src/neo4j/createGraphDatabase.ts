import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import type { CypherCatalog } from '../cypher/loadCypherCatalog.js';
import { fromNeo4jError } from '../errors/fromNeo4jError.js';

export type Params = Record<string, unknown>;

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

export interface GraphDatabaseOptions {
  driver: Driver;
  catalog: CypherCatalog;
  database?: string;
  timeoutMs?: number;
  /** called once per statement sent to Neo4j: the metrics counter hangs here */
  onStatement?: (name: string) => void;
}

/**
 * The one path from the data modules to Neo4j: statements by catalog name (never built strings),
 * parameters only, a transaction timeout on every call, retries of transient errors by the
 * driver's managed transactions, and Neo4j failures mapped to DomainErrors.
 */
export function createGraphDatabase({ driver, catalog, database, timeoutMs = 15_000, onStatement = () => {} }: GraphDatabaseOptions): GraphDatabase {
  const runIn = async <T extends RecordShape>(tx: ManagedTransaction, name: string, params: Params): Promise<T[]> => {
    const text = catalog.statements.get(name);
    if (text === undefined) throw new Error(`No Cypher statement named '${name}' (expected cypher/${name}.cypher)`);
    onStatement(name);
    const result: QueryResult<T> = await tx.run<T>(text, params);
    return result.records.map((record) => record.toObject());
  };
  const transact = async <R>(mode: 'READ' | 'WRITE', label: string, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> => {
    const session = driver.session({ database, defaultAccessMode: mode });
    try {
      const config = { timeout: timeoutMs, metadata: { app: 'kg', statement: label } };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw fromNeo4jError(error, label);
    } finally {
      await session.close();
    }
  };
  return {
    catalog,
    driver,
    read: (name, params = {}) => transact('READ', name, (tx) => runIn(tx, name, params)),
    write: (name, params = {}) => transact('WRITE', name, (tx) => runIn(tx, name, params)),
    writeTransaction: (work) => transact('WRITE', 'transaction', (tx) => work({ run: (name, params = {}) => runIn(tx, name, params) })),
  };
}
