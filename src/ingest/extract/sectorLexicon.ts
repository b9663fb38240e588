import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../config.js';

const SHIPPED = join(projectRoot, 'data', 'sectors.txt');
const lexicons = new Map<string, ReadonlySet<string>>();

/**
 * The industry sectors named without quotes (数字经济, 现代农业, 集成电路), read once per file list
 * from data/sectors.txt and the caller's files: one term per line, `#` comments, and `{a|b}c`
 * expanding to ac and bc so families of terms stay one line.
 */
export function sectorLexicon(extraPaths: readonly string[] = []): ReadonlySet<string> {
  const key = extraPaths.join('\n');
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    lexicon = new Set([SHIPPED, ...extraPaths].flatMap((path) => readTerms(path)));
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

function readTerms(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`sector lexicon ${path}: expected a readable text file; ${(error as Error).message}`, { cause: error });
  }
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .flatMap(expand);
}

// {a|b}c{d|e} → acd, ace, bcd, bce
function expand(pattern: string): string[] {
  const group = /\{([^{}]*)\}/.exec(pattern);
  if (!group) return [pattern];
  return group[1]!.split('|').flatMap((choice) => expand(pattern.slice(0, group.index) + choice + pattern.slice(group.index + group[0].length)));
}
