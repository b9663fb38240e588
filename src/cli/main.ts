import { loadConfig, type Config } from '../config.js';
import { deleteArticleCommand } from './deleteArticleCommand.js';
import { exportCommand } from './exportCommand.js';
import { extractCommand } from './extractCommand.js';
import { ingestCommand } from './ingestCommand.js';
import { reextractCommand } from './reextractCommand.js';
import { UsageError } from './UsageError.js';

const COMMANDS: Record<string, (args: string[], config: Config) => Promise<number>> = {
  extract: extractCommand,
  ingest: ingestCommand,
  reextract: reextractCommand,
  'delete-article': deleteArticleCommand,
  export: exportCommand,
};

const HELP = `kg: the knowledge graph's command line

  kg extract FILE            print the extraction of one article as JSON (no Neo4j)
  kg ingest PATH...          extract and load files, folders (*.txt) or globs into Neo4j;
    --source-from URL        the page address of files without a sidecar source, {name}
                             standing for the file's name (dates are read from it)
  kg reextract --all | ID...  re-run the current extractor over stored articles, replacing
                             each one's facts in one transaction (after an extractor or
                             gazetteer change; no source files needed)
  kg delete-article ID       remove an article and what only it supports
  kg export --format graphml|gexf|csv|jsonl [--out FILE]
                             the graph for Gephi, yEd, NetworkX, spreadsheets

Neo4j: NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD, or the local Neo4j when NEO4J_URI is unset.`;

/**
 * Dispatches `kg <command>`; returns the exit code. Errors print one line (no stack trace) since
 * their messages already say what was expected and what arrived.
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`kg: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(args, loadConfig());
  } catch (error) {
    console.error(`kg ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
