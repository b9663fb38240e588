import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypherCatalog } from '../../src/cypher/loadCypherCatalog.js';
import { applySchema } from '../../src/neo4j/applySchema.js';
import type { Neo4jConnection } from '../../src/neo4j/connectNeo4j.js';
import { createGraphDatabase } from '../../src/neo4j/createGraphDatabase.js';
import { connectTestNeo4j } from '../helper.js';

const CYPHER = 'cypher';
const files = readdirSync(CYPHER, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cypher')).sort();
const text = new Map(files.map((file) => [file, readFileSync(join(CYPHER, file), 'utf8')]));
// the batched relationship statements: one row per parent key
const batched = files.filter((file) => /^UNWIND \$keys/m.test(text.get(file)!));

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (plan: Plan): string[] => [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap(operators)];

// every statement file must compile against the real Neo4j, parameters and all: a typo fails here, not in a request
describe('every .cypher file', () => {
  let connection: Neo4jConnection;
  const plans = new Map<string, Plan | Error>();
  beforeAll(async () => {
    connection = await connectTestNeo4j();
    // plans depend on the indexes: EXPLAIN against the schema the service runs with
    await applySchema(createGraphDatabase({ driver: connection.driver, catalog: loadCypherCatalog(), database: connection.database }));
    // planning is the slow part: a few files at a time, within the driver's connection pool
    const queue = [...files];
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        try {
          const { summary } = await connection.driver.executeQuery(`EXPLAIN ${text.get(file)}`, {}, { database: connection.database });
          plans.set(file, summary.plan as unknown as Plan);
        } catch (error) {
          plans.set(file, error as Error);
        }
      }
    }));
  });
  afterAll(() => connection.close());

  it('are all found: the API, ingestion, schema, export and traversal statements', () => {
    const folders = new Set(files.map((f) => f.split('/')[0]));
    expect([...folders]).toEqual(expect.arrayContaining(['article', 'entity', 'industry', 'ingest', 'meeting', 'official', 'schema', 'search', 'slogan', 'town']));
    expect(batched.length).toBeGreaterThan(50);
  });

  it.each(files)('%s passes EXPLAIN', (file) => {
    const plan = plans.get(file);
    expect(plan instanceof Error ? plan.message : 'planned').toBe('planned');
  });

  // a parent found by key is an index seek per key, never a scan of every node
  it.each(batched)('%s finds its parents through an index', (file) => {
    const used = operators(plans.get(file) as Plan);
    expect(used.some((op) => op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(used).not.toContain('AllNodesScan');
  });
});
