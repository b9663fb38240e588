import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/startLocalNeo4j.js';
import { freePort, startTestServer, testConfig, type TestServer } from './helper.js';

// this test stops and restarts a Neo4j of its own, so the shared one stays up for the others
describe('/ready follows Neo4j without restarting the API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-ready-'));
  const credentials = { username: 'neo4j', password: 'ready-test-password' };
  let neo4j: LocalNeo4j | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns false while Neo4j is stopped and true again after it restarts', async () => {
    const local = { java: testConfig().local.java, port: await freePort(), dataDir, heap: '384m', pageCache: '64m', ...credentials, log: () => {} };
    neo4j = await startLocalNeo4j(local);
    server = await startTestServer({ neo4jUri: neo4j.uri, neo4jUsername: credentials.username, neo4jPassword: credentials.password, neo4jDatabase: null });
    const ready = () => fetch(server!.url.replace(/\/graphql$/, '/ready')).then(async (r) => ({ status: r.status, body: await r.json() }));

    expect(await ready()).toMatchObject({ status: 200, body: { ready: true } });
    await neo4j.stop();
    expect(await ready()).toMatchObject({ status: 503, body: { ready: false, reason: expect.stringContaining('unreachable') } });
    const outage = await server.graphql('{ stats { nodes { label } } }');
    expect(outage.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    neo4j = await startLocalNeo4j(local);
    expect(await ready()).toMatchObject({ status: 200, body: { ready: true } });
    expect((await server.graphql('{ stats { nodes { label } } }')).errors).toBeUndefined();
  }, 180_000);
});
