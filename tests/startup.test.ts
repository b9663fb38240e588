import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { freePort, testConfig } from './helper.js';

const run = promisify(execFile);

// `npm test` builds dist first, so this runs the very artifact `npm start` runs
async function start(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await run('node', ['dist/src/main.js'], { env: { PATH: process.env.PATH, ...env }, timeout: 30_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

describe('start-up with a bad configuration fails fast, naming the problem', () => {
  it('an unreachable NEO4J_URI', async () => {
    const started = Date.now();
    const { code, stderr } = await start({ NEO4J_URI: 'bolt://127.0.0.1:1', PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^kg failed to start: Cannot use Neo4j at bolt:\/\/127\.0\.0\.1:1: the server is unreachable/m);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a wrong password', async () => {
    const { neo4jUri } = testConfig();
    const { code, stderr } = await start({ NEO4J_URI: neo4jUri!, NEO4J_PASSWORD: 'definitely-wrong', PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(stderr).toContain('the username or password was rejected (check NEO4J_USERNAME / NEO4J_PASSWORD)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a wrong NEO4J_PASSWORD for the local Neo4j already running: named at once, once, without a Java trace', async () => {
    const { neo4jUri, neo4jPassword } = testConfig();
    const port = new URL(neo4jUri!.replace(/^bolt/, 'http')).port;
    const started = Date.now();
    const { code, stderr } = await start({
      LOCAL_NEO4J_PORT: port,
      LOCAL_NEO4J_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-wrong-')),
      NEO4J_PASSWORD: 'definitely-wrong',
      PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`a Neo4j is already running on bolt://127.0.0.1:${port}`);
    expect(stderr).toContain('refused NEO4J_PASSWORD');
    expect(stderr).not.toMatch(/\n\s+at |Exception|store lock/i);
    expect(Date.now() - started).toBeLessThan(10_000);
    // one refused login, not a burst: the right password is not locked out by Neo4j's rate limit
    const driver = neo4j.driver(neo4jUri!, neo4j.auth.basic('neo4j', neo4jPassword));
    expect((await driver.getServerInfo()).address).toBeTruthy();
    await driver.close();
  });

  it('an HTTP port in use, before any Neo4j is started', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    const port = (taken.address() as { port: number }).port;
    try {
      const { code, stderr } = await start({
        PORT: String(port),
        LOCAL_NEO4J_PORT: String(await freePort()),
        LOCAL_NEO4J_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-port-')),
      });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`kg failed to start: PORT ${port} on 127.0.0.1 is already in use (is kg already running? set PORT to another port)`);
    } finally {
      taken.close();
    }
  });

  it('a malformed variable, named in the message', async () => {
    const { code, stderr } = await start({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe("kg failed to start: Invalid configuration: PORT must be a positive integer, got 'eighty'");
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must look like bolt:\/\/host:7687/);
    expect(() => loadConfig({ LOCAL_NEO4J_HEAP: 'lots' })).toThrow(/LOCAL_NEO4J_HEAP must be a size like 512m/);
  });
});
