import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDatabaseHealth, type DatabaseHealth } from './databaseHealth.js';
import { createDriver } from './createDriver.js';
import { describeNeo4jError } from '../errors/describeNeo4jError.js';
import { startLocalNeo4j, type LocalNeo4j } from './startLocalNeo4j.js';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  database: string | undefined;
  /** up, down or restarting: statements fail fast while it is not up */
  health: DatabaseHealth;
  /** the embedded Neo4j's Java process, when this process started one (null otherwise) */
  localPid(): number | null;
  /** closes the driver, then stops the local Neo4j if this process started it */
  close(): Promise<void>;
}

// waits between restarts of an embedded Neo4j that keeps dying: 1 s, 2 s, 4 s … at most 30 s
const RESTART_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/**
 * Connects to NEO4J_URI, or starts the embedded local Neo4j when none is configured, and fails
 * fast with a one-line reason (unreachable host, wrong password) instead of a driver stack trace.
 * An embedded Neo4j that dies is marked down at once and restarted with backoff; the driver
 * reconnects to it by itself, so the API never needs a restart.
 */
export async function connectNeo4j(config: Config, { log = (line: string) => console.error(line) } = {}): Promise<Neo4jConnection> {
  let local: LocalNeo4j | null = null;
  let closing = false;
  let health: DatabaseHealth | null = null;
  const localOptions = { ...config.local, username: config.neo4jUsername, password: config.neo4jPassword, log };
  const supervise = async (how: string) => {
    if (closing) return;
    log(`The local Neo4j ${how}; restarting it`);
    health?.markDown('the embedded Neo4j stopped and is being restarted', 'restarting');
    for (let attempt = 0; !closing; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)]));
      if (closing) return;
      try {
        local = await startLocalNeo4j({ ...localOptions, onUnexpectedExit: (again) => void supervise(again) });
        health?.countRestart();
        log(`The local Neo4j is back on ${local.uri}`);
        return;
      } catch (error) {
        log(`Restarting the local Neo4j failed (${(error as Error).message.split('\n')[0]}); trying again`);
      }
    }
  };
  if (config.neo4jUri === null) local = await startLocalNeo4j({ ...localOptions, onUnexpectedExit: (how) => void supervise(how) });
  const uri = local?.uri ?? config.neo4jUri!;
  const driver = createDriver({ uri, username: config.neo4jUsername, password: config.neo4jPassword });
  try {
    await driver.getServerInfo({ database: config.neo4jDatabase ?? undefined });
  } catch (error) {
    closing = true;
    await driver.close();
    await local?.stop();
    throw new Error(`Cannot use Neo4j at ${uri}: ${describeNeo4jError(error)}`, { cause: error });
  }
  health = createDatabaseHealth({ driver, database: config.neo4jDatabase ?? undefined });
  return {
    driver,
    uri,
    database: config.neo4jDatabase ?? undefined,
    health,
    localPid: () => local?.pid ?? null,
    close: async () => {
      closing = true;
      health?.close();
      await driver.close();
      await local?.stop();
    },
  };
}
