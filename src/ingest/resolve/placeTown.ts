import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import type { Home } from './home.js';

interface PlacedTown {
  entry: GazetteerEntry | null;
  /** why the place was put where it is, for the entity's `resolution` */
  reason: string;
}

/**
 * Decides which gazetteer entry a place name means: the only one of that name; else the one inside
 * the article's home (nearest when zones nest); else the only candidate whose county, city or
 * province the article names. When none of that settles it, no entry: a wrong code would merge
 * the town with a namesake elsewhere.
 */
export function placeTown(surface: string, text: string, home: Home | null, gazetteer: Gazetteer): PlacedTown {
  const candidates = gazetteer.candidates(surface);
  const where = (entry: GazetteerEntry) =>
    gazetteer
      .lineage(entry)
      .reverse()
      .map((e) => e.name)
      .join('');
  const coded = (entry: GazetteerEntry) => `${where(entry)}${entry.code ? ` (${entry.code})` : ''}`;
  if (candidates.length === 0) return { entry: null, reason: `${surface}: not in the gazetteer; placed in the article's home ${home?.name ?? 'unknown'}` };
  if (candidates.length === 1 && candidates[0]!.fromArticle) {
    return {
      entry: candidates[0]!,
      reason: `${surface}: not in the gazetteer; the article writes it in full as ${candidates[0]!.name}, placed in its home ${home?.name ?? 'unknown'}`,
    };
  }
  if (candidates.length === 1) return { entry: candidates[0]!, reason: `${surface}: the only place of that name, ${coded(candidates[0]!)}` };
  const inHome = gazetteer.lookup(surface, home?.entry ?? null);
  if (inHome && home)
    return {
      entry: inHome,
      reason: `${surface}: ${candidates.length} places have that name; ${coded(inHome)} lies in the article's home ${home.name} (${home.reason})`,
    };
  const named = candidates.filter((candidate) =>
    gazetteer
      .lineage(candidate)
      .slice(1)
      .some((above) => gazetteer.surfacesOf(above).some((s) => s.length >= 2 && text.includes(s))),
  );
  if (named.length === 1) {
    const [only] = named as [GazetteerEntry];
    return { entry: only, reason: `${surface}: ${candidates.length} places have that name; only ${coded(only)} lies in a place the article names` };
  }
  return {
    entry: null,
    reason: `${surface}: ${candidates.length} places have that name and the article does not say which; placed in the article's home ${home?.name ?? 'unknown'}`,
  };
}
