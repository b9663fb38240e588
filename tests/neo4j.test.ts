import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConnection } from '../src/neo4j/connectNeo4j.js';
import { connectTestNeo4j, testConfig } from './helper.js';

describe('the real Neo4j the tests run against', () => {
  let connection: Neo4jConnection;
  beforeAll(async () => {
    connection = await connectTestNeo4j();
  });
  afterAll(() => connection.close());

  it('is Neo4j Kernel 5.26 Community', async () => {
    const { records } = await connection.driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition');
    const kernel = records.map((r) => r.toObject()).find((r) => r.name === 'Neo4j Kernel');
    expect(kernel?.edition).toBe('community');
    expect(kernel?.versions[0]).toMatch(/^5\.26\./);
  });

  it('rejects a wrong password with Neo.ClientError.Security.Unauthorized', async () => {
    const { neo4jUri, neo4jUsername } = testConfig();
    const driver = neo4j.driver(neo4jUri!, neo4j.auth.basic(neo4jUsername, 'not-the-password'));
    await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await driver.close();
  });

  it('serves full-text indexes with the cjk analyzer', async () => {
    const { records } = await connection.driver.executeQuery('CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names');
    expect(records[0]?.get('names')).toContain('cjk');
  });
});
