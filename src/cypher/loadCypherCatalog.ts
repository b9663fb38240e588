import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from '../config.js';
import { assembleStatements } from './assembleStatements.js';

export interface CypherCatalog {
  /** every statement by name, e.g. 'town/byIds' for cypher/town/byIds.cypher */
  readonly statements: ReadonlyMap<string, string>;
  /** declares the statements a module runs; throws at boot, naming each missing file */
  require(names: readonly string[]): void;
}

/** Folders of named parts that statements include; they are never statements themselves. */
const FRAGMENT_FOLDERS = ['filter', 'order'] as const;

/**
 * Reads every `.cypher` file under `cypher/` once and assembles its statements (see
 * assembleStatements: `// @include` parts, `// @page` and `// @count` forms). Queries live in files, as
 * Cypher: editors highlight them, a test EXPLAINs each, and a missing name or part stops start-up.
 */
export function loadCypherCatalog(dir = join(projectRoot, 'cypher')): CypherCatalog {
  const fragments = new Map<string, string>();
  const sources = new Map<string, string>();
  for (const file of listCypherFiles(dir)) {
    const name = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.cypher$/, '');
    const text = readFileSync(file, 'utf8').trim();
    if (!text) throw new Error(`Cypher file ${file} is empty; each file holds one statement (or its page and count forms) or one part`);
    const folder = name.split('/')[0]!;
    ((FRAGMENT_FOLDERS as readonly string[]).includes(folder) ? fragments : sources).set(name, text);
  }
  const statements = new Map<string, string>();
  for (const [name, text] of sources) {
    for (const [statementName, statement] of assembleStatements(name, text, fragments)) statements.set(statementName, statement);
  }
  return {
    statements,
    require(names) {
      const missing = names.filter((name) => !statements.has(name));
      if (missing.length)
        throw new Error(`Missing Cypher statement(s) ${missing.join(', ')} under ${dir} (a name ending in Count is the // @count form of its page's file)`);
    },
  };
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
