import type { Gazetteer, GazetteerEntry, SurfaceOptions } from './gazetteer.js';
import { gazetteerIndex } from './gazetteerIndex.js';

/**
 * The gazetteer as one article reads it: townships' short forms (城关 for 城关镇) count inside the
 * article's place only, where they are unambiguous enough to read; elsewhere only full names do.
 * A caller may widen one look-up to "anywhere" (a group marker, 城关组), which holds only while the
 * article's place is unknown. Townships the article itself writes in full are added, for it alone.
 */
export function scopedGazetteer(gazetteer: Gazetteer, place: GazetteerEntry | null, written: GazetteerEntry[] = []): Gazetteer {
  // "anywhere" is for articles whose place is unknown; a known place still bounds it (联络组 in a 崖州区 article)
  const within = (asked: SurfaceOptions['townsIn']) => (asked === 'anywhere' ? (place ?? 'anywhere') : (asked ?? place));
  if (written.length === 0) {
    return {
      ...gazetteer,
      surfaceAt: (text, position, options = {}) => gazetteer.surfaceAt(text, position, { townsIn: within(options.townsIn) }),
      surfaceBefore: (text, position, options = {}) => gazetteer.surfaceBefore(text, position, { townsIn: within(options.townsIn) }),
    };
  }
  // the article's own townships (writtenTowns) are read like the gazetteer's, short forms included
  const local = gazetteerIndex(written);
  const longer = (a: string | null, b: string | null) => ((b?.length ?? 0) > (a?.length ?? 0) ? b : a);
  return {
    ...gazetteer,
    candidates: (surface) => [...gazetteer.candidates(surface), ...local.candidates(surface)],
    lookup: (surface, near) => gazetteer.lookup(surface, near) ?? local.lookup(surface, near),
    surfacesOf: (entry) => (entry.fromArticle ? local.surfacesOf(entry) : gazetteer.surfacesOf(entry)),
    surfaceAt: (text, position, options = {}) =>
      longer(gazetteer.surfaceAt(text, position, { townsIn: within(options.townsIn) }), local.surfaceAt(text, position, { townsIn: 'anywhere' })),
    surfaceBefore: (text, position, options = {}) =>
      longer(gazetteer.surfaceBefore(text, position, { townsIn: within(options.townsIn) }), local.surfaceBefore(text, position, { townsIn: 'anywhere' })),
  };
}
