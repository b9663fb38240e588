import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver } from './createDriver.js';
import { describeNeo4jError } from './describeNeo4jError.js';
import { startLocalNeo4j, type LocalNeo4j } from './startLocalNeo4j.js';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  database: string | undefined;
  /** closes the driver, then stops the local Neo4j if this process started it */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the embedded local Neo4j when none is configured, and fails
 * fast with a one-line reason (unreachable host, wrong password) instead of a driver stack trace.
 */
export async function connectNeo4j(config: Config, { log = (line: string) => console.error(line) } = {}): Promise<Neo4jConnection> {
  let local: LocalNeo4j | null = null;
  if (config.neo4jUri === null) {
    local = await startLocalNeo4j({ ...config.local, username: config.neo4jUsername, password: config.neo4jPassword, log });
  }
  const uri = local?.uri ?? config.neo4jUri!;
  const driver = createDriver({ uri, username: config.neo4jUsername, password: config.neo4jPassword });
  try {
    await driver.getServerInfo({ database: config.neo4jDatabase ?? undefined });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new Error(`Cannot use Neo4j at ${uri}: ${describeNeo4jError(error)}`);
  }
  return {
    driver,
    uri,
    database: config.neo4jDatabase ?? undefined,
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}
