import type { Config } from '../config.js';
import { loadCypherCatalog } from '../cypher/loadCypherCatalog.js';
import { applySchema } from '../neo4j/applySchema.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { createGraphDatabase, type GraphDatabase } from '../neo4j/createGraphDatabase.js';
import type { DatabaseHealth } from '../neo4j/databaseHealth.js';

/**
 * The CLI's way into Neo4j: the same connection rules as `npm start` (NEO4J_URI, or the local Neo4j,
 * reused when already running), with the schema applied so MERGE finds its uniqueness constraints.
 */
export async function openGraph(config: Config): Promise<{ db: GraphDatabase; health: DatabaseHealth; close(): Promise<void> }> {
  const connection = await connectNeo4j(config);
  try {
    // batch work (a whole export, a large article) gets minutes, not the API's per-request KG_QUERY_TIMEOUT_MS
    const db = createGraphDatabase({
      driver: connection.driver,
      catalog: loadCypherCatalog(),
      database: connection.database,
      timeoutMs: 120_000,
      health: connection.health,
    });
    await applySchema(db);
    return { db, health: connection.health, close: () => connection.close() };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
