import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config.js';
import { divisionKind } from './divisionKind.js';
import { gazetteerIndex, type Gazetteer, type GazetteerEntry, type PlaceKind } from './gazetteerIndex.js';

export type { Gazetteer, GazetteerEntry, PlaceKind, SurfaceOptions } from './gazetteerIndex.js';

const KINDS: readonly PlaceKind[] = ['town', 'subdistrict', 'district', 'development_zone', 'county', 'county_city', 'city', 'province', 'other'];
const NATIONAL = join(projectRoot, 'data', 'divisions.json');
const SHIPPED = join(projectRoot, 'data', 'gazetteer.json');
const CODE = /^[0-9]{2}(?:[0-9]{2}(?:[0-9]{2}(?:[0-9]{3})?)?)?$/;

/** An entry as a file writes it: the parent by name or by division code. */
interface EntryInput {
  code: string | null;
  name: string;
  kind: PlaceKind;
  aliases: string[];
  parent: string | null;
}

/**
 * Loads the national division list (data/divisions.json, every province, prefecture, county and
 * township with its code), the shipped overlay (data/gazetteer.json: zones the list lacks, the
 * short names articles use) and the caller's files, in that order. A later file adds places or
 * aliases; every entry is validated, naming the file and entry at fault, since a silent bad entry
 * would mis-key towns in every article that mentions them.
 */
export function loadGazetteer(extraPaths: string[] = []): Gazetteer {
  const entries = nationalDivisions();
  const byCode = new Map(entries.flatMap((entry) => (entry.code ? [[entry.code, entry] as const] : [])));
  const byName = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
  for (const path of [SHIPPED, ...extraPaths]) {
    for (const input of readEntries(path)) mergeEntry(input, path, { entries, byCode, byName });
  }
  return gazetteerIndex(entries);
}

// codes are hierarchical (32 → 3205 → 320583 → 320583101), so each entry's parent is its longest listed prefix
function nationalDivisions(): GazetteerEntry[] {
  const { divisions } = JSON.parse(readFileSync(NATIONAL, 'utf8')) as { divisions: [string, string][] };
  const byCode = new Map<string, GazetteerEntry>();
  for (const [code, name] of divisions) {
    const parent =
      [6, 4, 2]
        .filter((length) => length < code.length)
        .map((length) => byCode.get(code.slice(0, length)))
        .find(Boolean) ?? null;
    byCode.set(code, { code, name, kind: divisionKind(code, name), aliases: [], parent });
  }
  return [...byCode.values()];
}

// a file may hold {"entries": [...]} (documented) or a bare array (handy for small user files)
function readEntries(path: string): EntryInput[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`gazetteer ${path}: expected a readable JSON file; ${(error as Error).message}`, { cause: error });
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) {
    throw new Error(`gazetteer ${path}: expected {"entries": [...]} or an array of entries; got ${describe(parsed)}`);
  }
  return list.map((raw, index) => validEntry(raw, `gazetteer ${path}: entry #${index}`));
}

// every field is checked here, once, so the index can trust entries
function validEntry(raw: unknown, where: string): EntryInput {
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
    throw new Error(`${at}: expected "parent" to be a place name, a division code or null; got ${describe(parent)}`);
  }
  const code = entry.code ?? null;
  if (code !== null && (typeof code !== 'string' || !CODE.test(code))) {
    throw new Error(`${at}: expected "code" to be a division code of 2, 4, 6 or 9 digits, or null; got ${describe(code)}`);
  }
  return { code, name: name.trim(), kind: entry.kind as PlaceKind, aliases: aliases.map((a: string) => a.trim()), parent: parent?.trim() ?? null };
}

interface Places {
  entries: GazetteerEntry[];
  byCode: Map<string, GazetteerEntry>;
  byName: Map<string, GazetteerEntry[]>;
}

// a file may re-list a known place (by code, or by name under the same parent) to add aliases or,
// by code, to rename it, but not to change what kind of place it is; anything else is a new place
function mergeEntry(input: EntryInput, path: string, places: Places): void {
  const parent = input.parent === null ? null : parentEntry(input, path, places);
  const same = input.code ? places.byCode.get(input.code) : places.byName.get(input.name)?.find((e) => e.parent === parent);
  if (input.code && !same) throw new Error(`gazetteer ${path}: entry "${input.name}" has code ${input.code}, which no loaded file defines`);
  if (same) {
    if (same.kind !== input.kind) {
      throw new Error(
        `gazetteer ${path}: entry "${input.name}" (parent ${parent?.name ?? null}) has kind "${input.kind}" but an earlier file says "${same.kind}"`,
      );
    }
    // a coded entry may give a national division the name articles use (昆山开发区 → 昆山经济技术开发区)
    if (input.code && input.name !== same.name) {
      same.aliases.push(same.name);
      same.name = input.name;
      places.byName.set(input.name, [...(places.byName.get(input.name) ?? []), same]);
    }
    same.aliases = [...new Set([...same.aliases, ...input.aliases])].filter((alias) => alias !== same.name);
    return;
  }
  const entry: GazetteerEntry = { code: null, name: input.name, kind: input.kind, aliases: input.aliases, parent };
  places.entries.push(entry);
  places.byName.set(entry.name, [...(places.byName.get(entry.name) ?? []), entry]);
}

// a parent is named by its code, or by a name only one place above the township level carries
function parentEntry(input: EntryInput, path: string, places: Places): GazetteerEntry {
  const reference = input.parent!;
  if (CODE.test(reference)) {
    const coded = places.byCode.get(reference);
    if (!coded) throw new Error(`gazetteer ${path}: entry "${input.name}" names parent ${reference}, a code no loaded file defines`);
    return coded;
  }
  const named = places.byName.get(reference) ?? [];
  const aboveTowns = named.filter((entry) => entry.code === null || entry.code.length <= 6);
  const [only, other] = aboveTowns.length > 0 ? aboveTowns : named;
  if (!only) throw new Error(`gazetteer: entry "${input.name}" names parent "${reference}", which no loaded file defines`);
  if (other) {
    const codes = (aboveTowns.length > 0 ? aboveTowns : named).map((entry) => `${entry.code ?? '?'} ${lineageName(entry)}`).join(', ');
    throw new Error(`gazetteer ${path}: entry "${input.name}" names parent "${reference}", which several places are called (${codes}): give the parent's code`);
  }
  return only;
}

// 江苏省苏州市昆山市: how a place is told apart from its namesakes in a message
function lineageName(entry: GazetteerEntry): string {
  const names: string[] = [];
  for (let at: GazetteerEntry | null = entry; at; at = at.parent) names.unshift(at.name);
  return names.join('');
}

// error messages show what arrived, cut short so a huge value cannot flood the terminal
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
