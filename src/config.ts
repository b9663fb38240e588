import { fileURLToPath } from 'node:url';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Every setting the service reads, typed and validated once at start-up.
 * This module is the only reader of `process.env`: the rest of the code is handed a `Config`,
 * so tests and tools can build one without touching the environment.
 */
export interface Config {
  /** Bolt or routing URI of an external Neo4j; null means "start the embedded local Neo4j" */
  neo4jUri: string | null;
  neo4jUsername: string;
  neo4jPassword: string;
  /** null uses the server's default database */
  neo4jDatabase: string | null;
  port: number;
  host: string;
  /** bearer token that enables the write mutations; null disables writes */
  writeToken: string | null;
  /** masks internal error details unless true */
  development: boolean;
  /** the time one API request's database work may take, all its statements together, in milliseconds */
  queryTimeoutMs: number;
  /** expensive operations (graph walks, high cost) the API runs at once; the rest wait their turn */
  maxExpensive: number;
  /** the estimated cost from which an operation counts as expensive */
  expensiveCost: number;
  /** how long `kg ingest` waits out an unavailable Neo4j before it stops, in milliseconds */
  ingestOutageMs: number;
  /** articles `kg ingest` writes per transaction (each still lands whole or not at all) */
  ingestBatchSize: number;
  /** extra gazetteer files merged over the shipped one */
  gazetteerPaths: string[];
  /** folder `npm start` loads into an empty graph */
  sampleCorpusDir: string;
  local: LocalNeo4jConfig;
  /**
   * A Neo4j that `npm test` and the benchmarks may wipe (KG_TEST_NEO4J_URI, same credentials);
   * null makes them start a throwaway one. Never NEO4J_URI: a test run must not empty real data.
   */
  testNeo4jUri: string | null;
}

export interface LocalNeo4jConfig {
  /** Java 17 runs Neo4j 5.26 (JAVA_HOME's when set); newer JDKs are not supported by it */
  java: string;
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
}

class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

export const projectRoot = fileURLToPath(new URL('../', import.meta.url)).replace(/dist\/$/, '');

/** Reads and validates the environment; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const neo4jUri = neo4jUriVariable(env, 'NEO4J_URI');
  const neo4jPassword = optional(env, 'NEO4J_PASSWORD') ?? 'kg-local-password';
  if (neo4jUri === null && neo4jPassword.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD', `must have at least 8 characters for the local Neo4j, got ${neo4jPassword.length}`);
  }
  return {
    neo4jUri,
    neo4jUsername: optional(env, 'NEO4J_USERNAME') ?? 'neo4j',
    neo4jPassword,
    neo4jDatabase: optional(env, 'NEO4J_DATABASE'),
    port: portNumber(env, 'PORT', 4000),
    host: optional(env, 'HOST') ?? '127.0.0.1',
    writeToken: writeToken(env),
    development: optional(env, 'NODE_ENV') === 'development',
    queryTimeoutMs: positiveInteger(env, 'KG_QUERY_TIMEOUT_MS', 15_000),
    maxExpensive: positiveInteger(env, 'KG_MAX_EXPENSIVE', 2),
    expensiveCost: positiveInteger(env, 'KG_EXPENSIVE_COST', 5_000),
    ingestOutageMs: positiveInteger(env, 'KG_INGEST_OUTAGE_MS', 30_000),
    ingestBatchSize: positiveInteger(env, 'KG_INGEST_BATCH_SIZE', 100),
    gazetteerPaths: (optional(env, 'KG_GAZETTEER') ?? '').split(':').filter(Boolean).map(absolute),
    sampleCorpusDir: absolute(optional(env, 'KG_SAMPLE_CORPUS') ?? 'data/corpus'),
    testNeo4jUri: neo4jUriVariable(env, 'KG_TEST_NEO4J_URI'),
    local: {
      java: optional(env, 'JAVA_HOME') ? join(optional(env, 'JAVA_HOME')!, 'bin', 'java') : 'java',
      port: portNumber(env, 'LOCAL_NEO4J_PORT', 7687),
      dataDir: absolute(optional(env, 'LOCAL_NEO4J_DATA_DIR') ?? '.data/neo4j'),
      heap: memorySize(env, 'LOCAL_NEO4J_HEAP', '512m'),
      pageCache: memorySize(env, 'LOCAL_NEO4J_PAGE_CACHE', '256m'),
    },
  };
}

function neo4jUriVariable(env: NodeJS.ProcessEnv, name: string): string | null {
  const uri = optional(env, name);
  if (uri !== null && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+\/?$/.test(uri)) {
    throw new ConfigError(name, `must look like bolt://host:7687 or neo4j://host, got '${uri}'`);
  }
  return uri;
}

// an empty variable means unset: compose files and shells often export NAME= to clear one
function optional(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

// a guessable token would open the write mutations to anyone who can reach the port
function writeToken(env: NodeJS.ProcessEnv): string | null {
  const token = optional(env, 'KG_WRITE_TOKEN');
  if (token !== null && token.length < 16) throw new ConfigError('KG_WRITE_TOKEN', `must have at least 16 characters, got ${token.length}`);
  return token;
}

function portNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = positiveInteger(env, name, fallback);
  if (value > 65535) throw new ConfigError(name, `must be a TCP port (1-65535), got ${value}`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ConfigError(name, `must be a positive integer, got '${raw}'`);
  return Number(raw);
}

function memorySize(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = optional(env, name) ?? fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(name, `must be a size like 512m or 1g, got '${raw}'`);
  return raw.toLowerCase();
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(projectRoot, path);
}
