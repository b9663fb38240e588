import { statSync } from 'node:fs';
import { glob } from 'tinyglobby';

/**
 * Files, folders (every `.txt` below them) and glob patterns, expanded to a sorted list of article
 * files; a path that matches nothing is reported rather than silently skipped.
 */
export async function expandPaths(patterns: string[]): Promise<{ files: string[]; unmatched: string[] }> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const found = isDirectory(pattern)
      ? await glob('**/*.txt', { cwd: pattern, absolute: true })
      : await glob(pattern, { absolute: true, onlyFiles: true, expandDirectories: false });
    if (found.length === 0) unmatched.push(pattern);
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), unmatched };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
