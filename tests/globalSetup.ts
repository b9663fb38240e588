import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j } from '../src/neo4j/startLocalNeo4j.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * One Neo4j for the whole run, which the tests empty: KG_TEST_NEO4J_URI's when set (never
 * NEO4J_URI's, which may hold real data), else a throwaway embedded one on a free
 * port with a temp data dir, stopped (and its data removed) when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (config.testNeo4jUri !== null) {
    project.provide('neo4j', { uri: config.testNeo4jUri, username: config.neo4jUsername, password: config.neo4jPassword, database: config.neo4jDatabase });
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
  const password = 'kg-test-password';
  const local = await startLocalNeo4j({ ...config.local, port: await freePort(), dataDir, heap: '512m', pageCache: '128m', username: 'neo4j', password });
  project.provide('neo4j', { uri: local.uri, username: 'neo4j', password, database: null });
  return async () => {
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** A TCP port free on loopback right now, for a server a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
