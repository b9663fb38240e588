import { shortForms } from './shortForm.js';
import type { TownProperties } from './types.js';

export type PlaceKind = TownProperties['kind'];

export interface GazetteerEntry {
  /** the national division code (NBS), or null for a place the national list lacks (a zone, a user's entry) */
  code: string | null;
  /** canonical full administrative name, e.g. 巴城镇 */
  name: string;
  kind: PlaceKind;
  /** surfaces besides the name and its short form (花桥经开区 for 花桥镇) */
  aliases: string[];
  /** the enclosing entry, or null at the top */
  parent: GazetteerEntry | null;
  /** a township one article names in full that no gazetteer file has (see writtenTowns) */
  fromArticle?: boolean;
}

export interface SurfaceOptions {
  /**
   * Where a township's short form (城关 for 城关镇) may be read: inside this place (the article's
   * home), or anywhere. Thousands of townships share short forms with each other and with common
   * words, so by default only full names, listed aliases and short forms of counties and above count.
   */
  townsIn?: GazetteerEntry | 'anywhere' | null;
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** every entry a surface can name */
  candidates(surface: string): GazetteerEntry[];
  /** the entry a surface names; a surface several entries share resolves only inside `near`, to the nearest */
  lookup(surface: string, near?: GazetteerEntry | null): GazetteerEntry | null;
  /** the entry, its parent, its grandparent… nearest first */
  lineage(entry: GazetteerEntry): GazetteerEntry[];
  /** every surface of the entry: name, listed aliases and the short form */
  surfacesOf(entry: GazetteerEntry): string[];
  /** the longest known surface starting at `position` */
  surfaceAt(text: string, position: number, options?: SurfaceOptions): string | null;
  /** the longest known surface ending right before `position` */
  surfaceBefore(text: string, position: number, options?: SurfaceOptions): string | null;
}

const LOCAL_KINDS = new Set<PlaceKind>(['town', 'subdistrict', 'development_zone', 'other']);
const TOWNSHIP_KINDS = new Set<PlaceKind>(['town', 'subdistrict']);

/**
 * Indexes entries by every surface, so that scanning text costs a few Map lookups per position.
 * Short forms are derived here because articles drop suffixes all the time; a township's short
 * form is kept apart and read only where the caller says (see SurfaceOptions).
 */
export function gazetteerIndex(entries: readonly GazetteerEntry[]): Gazetteer {
  const bySurface = new Map<string, GazetteerEntry[]>();
  const byTownShortForm = new Map<string, GazetteerEntry[]>();
  const surfaces = new Map<GazetteerEntry, string[]>();
  const add = (map: Map<string, GazetteerEntry[]>, surface: string, entry: GazetteerEntry) => {
    const list = map.get(surface);
    if (!list) map.set(surface, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    const listed = [entry.name, ...entry.aliases];
    // a township renamed by the overlay (花桥镇 → 花桥经济开发区) keeps the short form of its former name
    const former = TOWNSHIP_KINDS.has(entry.kind) ? entry.aliases.flatMap((alias) => shortForms({ name: alias, kind: entry.kind })) : [];
    const short = [...shortForms(entry), ...former].filter((surface) => !listed.includes(surface));
    for (const surface of listed) add(bySurface, surface, entry);
    for (const surface of short) add(LOCAL_KINDS.has(entry.kind) ? byTownShortForm : bySurface, surface, entry);
    surfaces.set(entry, [...new Set([...listed, ...short])]);
  }
  // the lengths a surface starting (ending) with each character can have, longest first: a scan
  // tries only those instead of every length up to the longest name
  const lengthsByFirst = new Map<string, number[]>();
  const lengthsByLast = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, key: string, length: number) => {
    const lengths = map.get(key);
    if (!lengths) map.set(key, [length]);
    else if (!lengths.includes(length)) lengths.push(length);
  };
  for (const map of [bySurface, byTownShortForm]) {
    for (const surface of map.keys()) {
      if (surface.length < 2) continue;
      note(lengthsByFirst, surface[0]!, surface.length);
      note(lengthsByLast, surface[surface.length - 1]!, surface.length);
    }
  }
  for (const lengths of [...lengthsByFirst.values(), ...lengthsByLast.values()]) lengths.sort((a, b) => b - a);

  // asked for on every scoped look-up, so each entry's chain is built once
  const lineages = new Map<GazetteerEntry, GazetteerEntry[]>();
  const lineage = (entry: GazetteerEntry): GazetteerEntry[] => {
    let chain = lineages.get(entry);
    if (!chain) {
      chain = [entry];
      for (let parent = entry.parent; parent && chain.length < 8; parent = parent.parent) chain.push(parent);
      lineages.set(entry, chain);
    }
    return [...chain];
  };
  const within = (entry: GazetteerEntry, place: GazetteerEntry): boolean => {
    for (let at: GazetteerEntry | null = entry; at; at = at.parent) if (at === place) return true;
    return false;
  };
  const candidates = (surface: string): GazetteerEntry[] => [...(bySurface.get(surface) ?? []), ...(byTownShortForm.get(surface) ?? [])];
  const lookup = (surface: string, near?: GazetteerEntry | null): GazetteerEntry | null => {
    const all = candidates(surface);
    if (all.length <= 1) return all[0] ?? null;
    if (!near) return null;
    const inside = all
      .map((entry) => ({ entry, hops: lineage(entry).indexOf(near) }))
      .filter((candidate) => candidate.hops >= 0)
      .sort((a, b) => a.hops - b.hops);
    const [nearest, next] = inside;
    return nearest && (!next || next.hops > nearest.hops) ? nearest.entry : null;
  };
  const known = (surface: string, townsIn: SurfaceOptions['townsIn']): boolean => {
    if (bySurface.has(surface)) return true;
    const towns = townsIn ? byTownShortForm.get(surface) : undefined;
    return towns !== undefined && (townsIn === 'anywhere' || towns.some((town) => within(town, townsIn as GazetteerEntry)));
  };
  // longest match first, so 昆山高新区 wins over 昆山 at the same position
  const scan = (text: string, from: number, direction: 1 | -1, townsIn: SurfaceOptions['townsIn']): string | null => {
    const room = direction === 1 ? text.length - from : from;
    const lengths = direction === 1 ? lengthsByFirst.get(text[from] ?? '') : lengthsByLast.get(text[from - 1] ?? '');
    for (const length of lengths ?? []) {
      if (length > room) continue;
      const candidate = direction === 1 ? text.slice(from, from + length) : text.slice(from - length, from);
      if (known(candidate, townsIn)) return candidate;
    }
    return null;
  };
  return {
    entries,
    candidates,
    lookup,
    lineage,
    surfacesOf: (entry) => surfaces.get(entry) ?? [entry.name],
    surfaceAt: (text, position, options = {}) => scan(text, position, 1, options.townsIn ?? null),
    surfaceBefore: (text, position, options = {}) => scan(text, position, -1, options.townsIn ?? null),
  };
}
