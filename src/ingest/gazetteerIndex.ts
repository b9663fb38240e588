import type { TownProperties } from './types.js';

export type PlaceKind = TownProperties['kind'];

export interface GazetteerEntry {
  /** canonical full administrative name, e.g. 巴城镇 */
  name: string;
  kind: PlaceKind;
  aliases: string[];
  /** the enclosing entry's name, or null at the top */
  parent: string | null;
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** the entry a surface names; a surface several entries share resolves only inside `near` (the article's home) */
  lookup(surface: string, near?: GazetteerEntry | null): GazetteerEntry | null;
  /** the entry, its parent, its grandparent… nearest first */
  lineage(entry: GazetteerEntry): GazetteerEntry[];
  /** every surface of the entry: name, listed aliases and the name without its administrative suffix */
  surfacesOf(entry: GazetteerEntry): string[];
  /** the longest known surface starting at `position` */
  surfaceAt(text: string, position: number): string | null;
  /** the longest known surface ending right before `position` */
  surfaceBefore(text: string, position: number): string | null;
}

const SUFFIX_BY_KIND: Partial<Record<PlaceKind, RegExp>> = {
  town: /(?:镇|乡)$/,
  subdistrict: /街道$/,
  district: /区$/,
  county_city: /市$/,
  city: /市$/,
  province: /省$/,
};

/**
 * Indexes validated entries by every surface, so text scanning is a few Map lookups per position;
 * short forms (巴城 for 巴城镇) are derived here because articles drop the suffix all the time.
 */
export function gazetteerIndex(entries: readonly GazetteerEntry[]): Gazetteer {
  const bySurface = new Map<string, GazetteerEntry[]>();
  const byName = new Map<string, GazetteerEntry>();
  const surfaces = new Map<GazetteerEntry, string[]>();
  for (const entry of entries) {
    if (!byName.has(entry.name)) byName.set(entry.name, entry);
    const own = [...new Set([entry.name, ...entry.aliases, ...shortForm(entry)])];
    surfaces.set(entry, own);
    for (const surface of own) bySurface.set(surface, [...(bySurface.get(surface) ?? []), entry]);
  }
  const longest = Math.max(2, ...[...bySurface.keys()].map((s) => s.length));

  // parents are looked up by name; the depth cap guards against a cycle in user files
  const lineage = (entry: GazetteerEntry): GazetteerEntry[] => {
    const chain = [entry];
    for (let parent = entry.parent; parent && chain.length < 12; ) {
      const next = byName.get(parent);
      if (!next) break;
      chain.push(next);
      parent = next.parent;
    }
    return chain;
  };
  // a surface several entries share (高新区, 开发区) only means the one inside the article's home, the nearest if nested
  const lookup = (surface: string, near?: GazetteerEntry | null): GazetteerEntry | null => {
    const candidates = bySurface.get(surface) ?? [];
    if (candidates.length <= 1) return candidates[0] ?? null;
    if (!near) return null;
    const inside = candidates
      .map((entry) => ({ entry, hops: lineage(entry).findIndex((ancestor) => ancestor.name === near.name) }))
      .filter((candidate) => candidate.hops >= 0)
      .sort((a, b) => a.hops - b.hops);
    const [nearest, next] = inside;
    return nearest && (!next || next.hops > nearest.hops) ? nearest.entry : null;
  };
  // longest match first, so 昆山高新区 wins over 昆山 at the same position
  const scan = (text: string, from: number, direction: 1 | -1): string | null => {
    for (let length = Math.min(longest, direction === 1 ? text.length - from : from); length >= 2; length--) {
      const candidate = direction === 1 ? text.slice(from, from + length) : text.slice(from - length, from);
      if (bySurface.has(candidate)) return candidate;
    }
    return null;
  };
  return {
    entries,
    lookup,
    lineage,
    surfacesOf: (entry) => surfaces.get(entry) ?? [entry.name],
    surfaceAt: (text, position) => scan(text, position, 1),
    surfaceBefore: (text, position) => scan(text, position, -1),
  };
}

// articles write 巴城 for 巴城镇 and 吴江 for 吴江区; a one-character stem would match too much
function shortForm(entry: GazetteerEntry): string[] {
  const suffix = SUFFIX_BY_KIND[entry.kind];
  if (!suffix) return [];
  const stem = entry.name.replace(suffix, '');
  return stem !== entry.name && stem.length >= 2 ? [stem] : [];
}
