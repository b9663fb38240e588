import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config.js';
import { resolveClasspath } from './resolveClasspath.js';

export interface LocalNeo4j {
  uri: string;
  /** the Java process's id; null for a Neo4j this process reused rather than started */
  pid: number | null;
  /** stops it if this process started it; a reused Neo4j is left running */
  stop(): Promise<void>;
}

interface StartLocalNeo4jOptions extends LocalNeo4jConfig {
  username: string;
  password: string;
  /** how long to wait for the ready line and the first Bolt handshake */
  timeoutMs?: number;
  log?: (line: string) => void;
  /** called when the Neo4j this process started exits without being asked to (a crash, a kill) */
  onUnexpectedExit?: (how: string) => void;
}

// the flags Neo4j's own neo4j.conf sets: Netty and the page cache reach into JDK internals
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

/**
 * Starts the embedded Neo4j Community (neo4j/ Maven module) on 127.0.0.1:port and resolves once
 * neo4j-driver can connect. A Neo4j that already answers on that port with these credentials is
 * reused instead, so `npm start` and `npm test` can share one started by hand.
 */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const { java, port, dataDir, heap, pageCache, username, password, timeoutMs = 120_000, log = (l) => console.error(l), onUnexpectedExit = () => {} } = options;
  const uri = `bolt://127.0.0.1:${port}`;
  const existing = await answers(uri, username, password);
  if (existing === 'usable') {
    log(`Reusing the Neo4j already answering on ${uri}`);
    return { uri, pid: null, stop: async () => {} };
  }
  if (existing === 'refused') {
    // starting a second Neo4j on that data directory could only fail on its store lock; retrying
    // the login would trip Neo4j's authentication rate limit for everyone
    throw new Error(`a Neo4j is already running on ${uri} (perhaps the one npm start launched) and refused NEO4J_PASSWORD: `
      + 'use the password it was started with (the local Neo4j keeps the one it first got), or stop it and start again');
  }
  const classpath = resolveClasspath({ log });
  mkdirSync(dataDir, { recursive: true });
  log(`Starting local Neo4j 5.26 on ${uri} (data in ${dataDir})...`);
  const child = spawn(java, [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_FLAGS, '-cp', classpath, 'kg.neo4j.LocalNeo4j',
    '--home', dataDir, '--port', String(port), '--page-cache', pageCache, '--watch-stdin'],
  { stdio: ['pipe', 'pipe', 'pipe'] });
  // on stdin, not the command line, where any local user could read it; stdin then stays open as a lifeline
  child.stdin.write(`${password}\n`);
  const output: string[] = [];
  try {
    await waitForReadyLine(child, output, timeoutMs);
    await waitUntilConnectable(uri, username, password, timeoutMs);
  } catch (error) {
    await stopChild(child, 'SIGKILL');
    throw new Error(`${(error as Error).message}\nLast output of the local Neo4j:\n${output.slice(-20).join('\n')}`, { cause: error });
  }
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) onUnexpectedExit(signal ? `killed by ${signal}` : `exited with code ${code}`);
  });
  return {
    uri,
    pid: child.pid ?? null,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
  };
}

// one login attempt, never more: whether a Neo4j we can use already answers on the port, one that
// refuses our credentials does, or nothing does
async function answers(uri: string, username: string, password: string): Promise<'usable' | 'refused' | 'none'> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { connectionTimeout: 1500, maxConnectionPoolSize: 1, maxTransactionRetryTime: 0 });
  try {
    await driver.verifyConnectivity();
    return 'usable';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security.') ? 'refused' : 'none';
  } finally {
    await driver.close();
  }
}

function waitForReadyLine(child: ChildProcess, output: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The local Neo4j printed no ready line within ${timeoutMs} ms`)), timeoutMs);
    const onLine = (line: string) => {
      output.push(line);
      if (output.length > 200) output.shift();
      if (line.startsWith('LocalNeo4j ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Cannot run java for the local Neo4j: ${error.message} (is Java 17 installed?)`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The local Neo4j exited (${signal ?? `code ${code}`}) before it was ready`));
    });
  });
}

async function waitUntilConnectable(uri: string, username: string, password: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`The local Neo4j on ${uri} did not accept a connection: ${(error as Error).message}`, { cause: error });
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

// SIGTERM runs Neo4j's shutdown hook (a clean checkpoint); SIGKILL only if that hangs. Waiting for the
// exit matters: a new start on the same data directory fails while the old process holds its lock
function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}
