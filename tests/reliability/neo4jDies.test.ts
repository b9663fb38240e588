import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generateCorpus.js';
import { createApp, type App } from '../../src/createApp.js';
import type { RunningServer } from '../../src/server/createServer.js';
import { createDriver } from '../../src/neo4j/createDriver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/startLocalNeo4j.js';
import { freePort, testConfig } from '../helper.js';

const credentials = { neo4jUsername: 'neo4j', neo4jPassword: 'dies-test-password' };

// these start Neo4j instances of their own, so the shared one stays up for the other tests
describe('when Neo4j dies', () => {
  const dirs: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  let app: App | undefined;
  let server: RunningServer | undefined;
  let standalone: LocalNeo4j | undefined;
  afterAll(async () => {
    await server?.stop();
    await app?.close();
    await standalone?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('the embedded one is reported at once, GraphQL fails fast without internals, and it is restarted with no restart of the API', async () => {
    const base = testConfig();
    const config = {
      ...base,
      ...credentials,
      neo4jUri: null,
      neo4jDatabase: null,
      local: { ...base.local, port: await freePort(), dataDir: tempDir('kg-dies-'), heap: '384m', pageCache: '64m' },
    };
    app = await createApp(config, { log: () => {}, seedCorpus: false });
    server = await app.listen(0);
    const url = server.url;
    const health = async () => (await fetch(url.replace(/\/graphql$/, '/health'))).json();
    const query = async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ towns { totalCount } }' }),
      });
      return response.json();
    };
    expect((await query()).errors).toBeUndefined();
    expect(await health()).toMatchObject({ status: 'ok', database: { state: 'up', restarts: 0 } });

    const pid = app.connection.localPid()!;
    process.kill(pid, 'SIGKILL');
    const killed = Date.now();
    let failed: any;
    while (Date.now() - killed < 1_000) {
      failed = await query();
      if (failed.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(failed.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(failed)).not.toMatch(/127\.0\.0\.1|bolt:|ECONNREFUSED|\d{4,5}/);
    // later requests fail fast while it is away, not after a connection timeout
    const started = Date.now();
    expect((await query()).errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(500);
    expect(await health()).toMatchObject({ status: 'degraded', database: { state: expect.stringMatching(/^(restarting|down)$/) } });

    const back = Date.now() + 120_000;
    while (Date.now() < back && (await fetch(url.replace(/\/graphql$/, '/ready'))).status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    while (Date.now() < back && (await query()).errors) await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await query()).errors).toBeUndefined();
    expect(await health()).toMatchObject({ status: 'ok', database: { state: 'up', restarts: 1 } });
    expect(app.connection.localPid()).not.toBe(pid);
  }, 240_000);

  it('kg ingest waits out a short outage, then stops with a message saying how to resume, and resuming finishes', async () => {
    const port = await freePort();
    const local = {
      java: testConfig().local.java,
      port,
      dataDir: tempDir('kg-ingest-outage-'),
      heap: '384m',
      pageCache: '64m',
      username: 'neo4j',
      password: credentials.neo4jPassword,
      log: () => {},
    };
    standalone = await startLocalNeo4j(local);
    const corpus = tempDir('kg-outage-corpus-');
    for (const [i, text] of generateCorpus(60).entries()) writeFileSync(join(corpus, `${String(i).padStart(3, '0')}.txt`), text);
    const env = {
      PATH: process.env.PATH!,
      NEO4J_URI: standalone.uri,
      NEO4J_PASSWORD: credentials.neo4jPassword,
      KG_INGEST_OUTAGE_MS: '3000',
      KG_INGEST_BATCH_SIZE: '5',
    };
    const run = promisify(execFile)('node', ['bin/kg.js', 'ingest', corpus], { env }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error) => error,
    );
    // let it ingest a few, then take Neo4j away for longer than the bound
    const driver = createDriver({ uri: standalone.uri, username: 'neo4j', password: credentials.neo4jPassword });
    const articles = async () => (await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n') as number;
    for (const until = Date.now() + 60_000; Date.now() < until && (await articles()) < 5;) await new Promise((resolve) => setTimeout(resolve, 200));
    await driver.close();
    await standalone.stop();
    const stoppedAt = Date.now();
    const { code, stdout, stderr } = (await run) as { code: number; stdout: string; stderr: string };
    expect(code).toBe(1);
    expect(Date.now() - stoppedAt).toBeLessThan(20_000);
    expect(stderr).toMatch(
      /kg ingest: stopped after \d+ of 60 files: Neo4j has been unavailable for more than 3 s\. Run the same command again once Neo4j is back/,
    );
    expect(stdout).toMatch(/^articles: \d+ new/m);

    standalone = await startLocalNeo4j(local);
    const resumed = await promisify(execFile)('node', ['bin/kg.js', 'ingest', corpus], { env });
    const [, created, matched] = /^articles: (\d+) new, (\d+) already present, 0 failed$/m.exec(resumed.stdout) ?? [];
    expect(Number(created) + Number(matched)).toBe(60);
    expect(Number(matched)).toBeGreaterThan(0);
  }, 240_000);
});
