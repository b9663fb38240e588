import { existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, relative } from 'node:path';

interface ArticleFile {
  path: string;
  text: string;
  title?: string;
  source: string;
  date?: string | null;
}

/**
 * Reads one article as strict UTF-8 (a GBK or binary file is refused, not ingested as mojibake),
 * with optional metadata from a sidecar `NAME.meta.json` ({"title", "source", "date"}) beside it;
 * without a sidecar source, `sourceFrom` (a page address with {name}, the file's name) gives one.
 */
export function readArticleFile(path: string, sourceFrom: string | null = null): ArticleFile {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path} is not UTF-8 text; convert it first (e.g. iconv -f GBK -t UTF-8)`);
  }
  const metaPath = path.replace(/\.[^./]+$/, '') + '.meta.json';
  const meta = existsSync(metaPath) ? parseMeta(metaPath) : {};
  const named = sourceFrom?.replaceAll('{name}', basename(path).replace(/\.[^.]+$/, ''));
  return { path, text, source: meta.source ?? named ?? portable(path), title: meta.title, date: meta.date };
}

function parseMeta(metaPath: string): { title?: string; source?: string; date?: string | null } {
  let meta: unknown;
  try {
    meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch (error) {
    throw new Error(`${metaPath} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw new Error(`${metaPath} must hold an object like {"title", "source", "date"}`);
  const { title, source, date } = meta as Record<string, unknown>;
  for (const [field, value] of Object.entries({ title, source, date })) {
    if (value !== undefined && value !== null && typeof value !== 'string') throw new Error(`${metaPath}: "${field}" must be a string, got ${typeof value}`);
  }
  return { title: title as string | undefined, source: source as string | undefined, date: date as string | null | undefined };
}

// an absolute path names one machine's folders; relative to where kg ran, it reads the same anywhere
function portable(path: string): string {
  const inside = relative(process.cwd(), path);
  return isAbsolute(path) && !inside.startsWith('..') ? inside : path;
}
