import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from '../config.js';

export interface CypherCatalog {
  /** every statement by name, e.g. 'town/byIds' for cypher/town/byIds.cypher */
  readonly statements: ReadonlyMap<string, string>;
  /** declares the statements a module runs; throws at boot, naming each missing file */
  require(names: readonly string[]): void;
}

/**
 * Reads every `.cypher` file under `cypher/` once, keyed by its path without the extension.
 * Queries live in files (Yesql's "keep the SQL as SQL"): editors highlight them, a test EXPLAINs
 * each, and a module that asks for a name with no file stops start-up instead of failing a request.
 */
export function loadCypherCatalog(dir = join(projectRoot, 'cypher')): CypherCatalog {
  const statements = new Map<string, string>();
  for (const file of listCypherFiles(dir)) {
    const name = relative(dir, file).split(sep).join('/').replace(/\.cypher$/, '');
    const text = readFileSync(file, 'utf8').trim();
    if (!text) throw new Error(`Cypher file ${file} is empty; each file holds exactly one statement`);
    statements.set(name, text);
  }
  return {
    statements,
    require(names) {
      const missing = names.filter((name) => !statements.has(name));
      if (missing.length) throw new Error(`Missing Cypher statement(s) ${missing.map((n) => `cypher/${n}.cypher`).join(', ')} under ${dir}`);
    },
  };
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
