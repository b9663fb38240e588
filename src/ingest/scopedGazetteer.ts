import type { Gazetteer, GazetteerEntry, SurfaceOptions } from './gazetteer.js';

/**
 * The gazetteer as one article reads it: townships' short forms (城关 for 城关镇) count inside the
 * article's place only, where they are unambiguous enough to read; elsewhere only full names do.
 * A caller may widen one look-up to "anywhere" (a group marker, 城关组), which holds only while the
 * article's place is unknown.
 */
export function scopedGazetteer(gazetteer: Gazetteer, place: GazetteerEntry | null): Gazetteer {
  // "anywhere" is for articles whose place is unknown; a known place still bounds it (联络组 in a 崖州区 article)
  const within = (asked: SurfaceOptions['townsIn']) => (asked === 'anywhere' ? (place ?? 'anywhere') : (asked ?? place));
  return {
    ...gazetteer,
    surfaceAt: (text, position, options = {}) => gazetteer.surfaceAt(text, position, { townsIn: within(options.townsIn) }),
    surfaceBefore: (text, position, options = {}) => gazetteer.surfaceBefore(text, position, { townsIn: within(options.townsIn) }),
  };
}
