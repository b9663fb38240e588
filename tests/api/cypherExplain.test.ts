import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypherCatalog } from '../../src/cypher/loadCypherCatalog.js';
import { applySchema } from '../../src/neo4j/applySchema.js';
import type { Neo4jConnection } from '../../src/neo4j/connectNeo4j.js';
import { createGraphDatabase } from '../../src/neo4j/createGraphDatabase.js';
import { connectTestNeo4j } from '../helper.js';

const catalog = loadCypherCatalog();
const names = [...catalog.statements.keys()].sort();
// the batched relationship statements: one row per parent key
const batched = names.filter((name) => /^UNWIND \$keys/m.test(catalog.statements.get(name)!));
// what the API runs for a name: lookups by name or alias, and top-level lists filtered by name or title
const byName = names.filter((name) => /\/(byName|listNamed|listNamedCount)$/.test(name));
const SCANS = ['NodeByLabelScan', 'AllNodesScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan'];

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (plan: Plan): string[] => [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap(operators)];

// every statement as the catalog assembles it must compile against the real Neo4j, parameters and all:
// a typo, in a statement or in a part it includes, fails here, not in a request
describe('every assembled Cypher statement', () => {
  let connection: Neo4jConnection;
  const plans = new Map<string, Plan | Error>();
  beforeAll(async () => {
    connection = await connectTestNeo4j();
    // plans depend on the indexes: EXPLAIN against the schema the service runs with
    await applySchema(createGraphDatabase({ driver: connection.driver, catalog, database: connection.database }));
    // planning is the slow part: a few statements at a time, within the driver's connection pool
    const queue = [...names];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
          try {
            const { summary } = await connection.driver.executeQuery(`EXPLAIN ${catalog.statements.get(name)}`, {}, { database: connection.database });
            plans.set(name, summary.plan as unknown as Plan);
          } catch (error) {
            plans.set(name, error as Error);
          }
        }
      }),
    );
  });
  afterAll(() => connection.close());

  it('are all found: the API, ingestion, schema, export and traversal statements', () => {
    const folders = new Set(names.map((name) => name.split('/')[0]));
    expect([...folders]).toEqual(
      expect.arrayContaining(['article', 'entity', 'industry', 'ingest', 'meeting', 'official', 'schema', 'search', 'slogan', 'town']),
    );
    expect(batched.length).toBeGreaterThan(50);
    expect(byName).toEqual(expect.arrayContaining(['official/byName', 'reference/byName', 'town/listNamed', 'article/listNamedCount']));
    expect(byName).toHaveLength(18);
  });

  it.each(names)('%s passes EXPLAIN', (name) => {
    const plan = plans.get(name);
    expect(plan instanceof Error ? plan.message : 'planned').toBe('planned');
  });

  // a parent found by key is an index seek per key, never a scan of every node
  it.each(batched)('%s finds its parents through an index', (name) => {
    const used = operators(plans.get(name) as Plan);
    expect(used.some((op) => op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(used).not.toContain('AllNodesScan');
  });

  // a name lookup or name filter starts from a name index, so its cost follows the matches, not the label's size
  it.each(byName)('%s seeks a name index and scans no label', (name) => {
    const used = operators(plans.get(name) as Plan);
    expect(used).toContain('ProcedureCall');
    expect(used.filter((op) => SCANS.includes(op))).toEqual([]);
  });
});
