import type { Gazetteer, GazetteerEntry, PlaceKind } from '../gazetteer.js';
import type { Home } from '../extract/articlePlace.js';

export interface Place {
  name: string;
  entry: GazetteerEntry | null;
  /** 1 for a province … 4 for a town: the most local place written wins */
  depth: number;
  reason: string;
}

// 青浦区委书记: a place the gazetteer lacks, recognisable because a party or government body follows it
const UNKNOWN_PLACE = /^\p{Script=Han}{2,4}?(?:省|市|区|县|镇|乡|街道)(?=委|党委|党工委|党组|人大|政协|政府|人民政府|纪委|监委|[省市区县镇乡]长|副|常委)/u;
const DEPTH_BY_SUFFIX: [RegExp, number][] = [
  [/省$/, 1],
  [/市$/, 2],
  [/[区县]$/, 3],
  [/.$/, 4],
];
const KINDS_BY_LEVEL: Record<string, PlaceKind[]> = {
  省: ['province'],
  市: ['county_city', 'city'],
  区: ['district'],
  镇: ['town'],
  乡: ['town'],
  街道: ['subdistrict'],
};
const LOCAL_LEVELS = new Set(['镇', '乡', '街道']);

/** What a level word (市委, 区领导, 镇党委) can refer to in one article. */
export interface LevelContext {
  home: Home | null;
  gazetteer: Gazetteer;
  /** places written in the article's titles, in order: 区委常委 after 上海市青浦区委书记 is 青浦区 */
  written: Place[];
  /** the town the sentence stands in, for 镇党委书记 written without the town's name */
  localTown: Place | null;
}

/**
 * The jurisdiction an official's titles place them in: the most local place a title writes
 * (苏州市委常委、昆山市委书记 → 昆山市), else the level a title names (市委书记 → the 市 above or at
 * the article's home), else the home. Deterministic, because it is part of the person's key.
 */
export function jurisdiction(titles: string[], context: LevelContext): Place | null {
  const { home, gazetteer } = context;
  let best: Place | null = null;
  for (const title of titles) {
    const place = explicitPlace(title, home?.entry ?? null, gazetteer) ?? levelPlace(title, context);
    if (place && (!best || place.depth >= best.depth)) best = place;
  }
  if (best) return best;
  return home ? { name: home.name, entry: home.entry, depth: 0, reason: `no place in the titles; article home ${home.name} (${home.reason})` } : null;
}

/** The place a title starts with (吴江区委书记 → 吴江区), the most local when places nest. */
export function explicitPlace(title: string, near: GazetteerEntry | null, gazetteer: Gazetteer): Place | null {
  if (title.startsWith('全国')) return { name: '全国', entry: null, depth: 0, reason: `title ${title} is national` };
  let found: Place | null = null;
  let at = 0;
  for (let surface = gazetteer.surfaceAt(title, 0); surface; surface = gazetteer.surfaceAt(title, at)) {
    const entry = gazetteer.lookup(surface, found?.entry ?? near);
    if (entry) found = { name: entry.name, entry, depth: gazetteer.lineage(entry).length, reason: `written in title ${title}` };
    at += surface.length;
  }
  const unknown = UNKNOWN_PLACE.exec(title.slice(at))?.[0];
  if (unknown) {
    const depth = Math.max((found?.depth ?? 0) + 1, DEPTH_BY_SUFFIX.find(([suffix]) => suffix.test(unknown))?.[1] ?? 4);
    return { name: unknown, entry: null, depth, reason: `written in title ${title} (not in the gazetteer)` };
  }
  return found;
}

/**
 * The place a level word stands for in this article: 镇党委书记 is the town the sentence is in;
 * 市委书记 is the 市 at or above the home, else a 市 some title wrote, else the home if it is one.
 */
export function levelPlace(title: string, context: LevelContext): Place | null {
  const { home, gazetteer } = context;
  const level = title.startsWith('街道') ? '街道' : (title[0] ?? '');
  const kinds = KINDS_BY_LEVEL[level];
  if (!kinds) return null;
  const reason = (where: string) => `${title} names the ${level} level: ${where}`;
  if (LOCAL_LEVELS.has(level) && context.localTown) return { ...context.localTown, reason: reason(`the town the sentence is in, ${context.localTown.name}`) };
  const inHome = home?.entry ? gazetteer.lineage(home.entry).find((e) => kinds.includes(e.kind)) : undefined;
  if (inHome && home) {
    const where = inHome.name === home.name ? `the article's home ${home.name}` : `${inHome.name}, above the article's home ${home.name}`;
    return { name: inHome.name, entry: inHome, depth: gazetteer.lineage(inHome).length, reason: reason(where) };
  }
  const written = context.written.find((p) => (p.entry ? kinds.includes(p.entry.kind) : p.name.endsWith(level)));
  if (written) return { ...written, reason: reason(`${written.name}, written in another title of the article`) };
  return home?.name.endsWith(level) ? { name: home.name, entry: home.entry, depth: 2, reason: reason(`the article's home ${home.name}`) } : null;
}
