import type { GraphDatabase } from './createGraphDatabase.js';

/**
 * Creates every constraint and index in cypher/schema/, in file-name order, then waits for the
 * indexes to come online. Each statement says IF NOT EXISTS, so running it at every start is safe.
 */
export async function applySchema(db: GraphDatabase): Promise<number> {
  const names = [...db.catalog.statements.keys()].filter((name) => name.startsWith('schema/')).sort();
  for (const name of names) await db.write(name);
  return names.length;
}
