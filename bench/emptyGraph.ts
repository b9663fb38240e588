import { applySchema } from '../src/neo4j/applySchema.js';
import type { GraphDatabase } from '../src/neo4j/createGraphDatabase.js';

/**
 * Empties a bench's graph and puts the schema back, so every run meets the same database. Edges go
 * first, so no inner transaction detaches a hub node's thousands of edges at once.
 */
export async function emptyGraph(db: GraphDatabase, database: string | undefined): Promise<void> {
  // IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives
  const session = db.driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
}
