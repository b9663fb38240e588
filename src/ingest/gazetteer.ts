import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config.js';
import { gazetteerIndex, type Gazetteer, type GazetteerEntry, type PlaceKind } from './gazetteerIndex.js';

export type { Gazetteer, GazetteerEntry, PlaceKind } from './gazetteerIndex.js';

const KINDS: readonly PlaceKind[] = ['town', 'subdistrict', 'district', 'development_zone', 'county_city', 'city', 'province', 'other'];
const SHIPPED = join(projectRoot, 'data', 'gazetteer.json');

/**
 * Loads the shipped gazetteer plus the caller's extra files (later files add entries or aliases),
 * validating every entry and naming the file and entry at fault: a silent bad entry would
 * mis-key towns in every article that mentions them.
 */
export function loadGazetteer(extraPaths: string[] = []): Gazetteer {
  const entries: GazetteerEntry[] = [];
  for (const path of [SHIPPED, ...extraPaths]) {
    for (const entry of readEntries(path)) mergeEntry(entries, entry, path);
  }
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    if (entry.parent !== null && !names.has(entry.parent)) {
      throw new Error(`gazetteer: entry "${entry.name}" names parent "${entry.parent}", which no loaded file defines`);
    }
  }
  return gazetteerIndex(entries);
}

// a file may hold {"entries": [...]} (documented) or a bare array (handy for small user files)
function readEntries(path: string): GazetteerEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`gazetteer ${path}: expected a readable JSON file; ${(error as Error).message}`);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) {
    throw new Error(`gazetteer ${path}: expected {"entries": [...]} or an array of entries; got ${describe(parsed)}`);
  }
  return list.map((raw, index) => validEntry(raw, `gazetteer ${path}: entry #${index}`));
}

// every field is checked here, once, so the index can trust entries
function validEntry(raw: unknown, where: string): GazetteerEntry {
  const entry = (raw ?? {}) as Record<string, unknown>;
  const name = entry.name;
  if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where}: expected "name" to be a non-empty string; got ${describe(name)}`);
  const at = `${where} ("${name}")`;
  if (!KINDS.includes(entry.kind as PlaceKind)) throw new Error(`${at}: expected "kind" to be one of ${KINDS.join(', ')}; got ${describe(entry.kind)}`);
  const aliases = entry.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
    throw new Error(`${at}: expected "aliases" to be a list of non-empty strings; got ${describe(aliases)}`);
  }
  const parent = entry.parent ?? null;
  if (parent !== null && (typeof parent !== 'string' || parent.trim() === '')) {
    throw new Error(`${at}: expected "parent" to be a place name or null; got ${describe(parent)}`);
  }
  return { name: name.trim(), kind: entry.kind as PlaceKind, aliases: aliases.map((a: string) => a.trim()), parent: parent?.trim() ?? null };
}

// a user file may re-list a shipped place to add aliases, but not to change what kind of place it is
function mergeEntry(entries: GazetteerEntry[], entry: GazetteerEntry, path: string): void {
  const same = entries.find((e) => e.name === entry.name && e.parent === entry.parent);
  if (!same) {
    entries.push(entry);
    return;
  }
  if (same.kind !== entry.kind) {
    throw new Error(`gazetteer ${path}: entry "${entry.name}" (parent ${entry.parent}) has kind "${entry.kind}" but an earlier file says "${same.kind}"`);
  }
  same.aliases = [...new Set([...same.aliases, ...entry.aliases])];
}

// error messages show what arrived, cut short so a huge value cannot flood the terminal
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
