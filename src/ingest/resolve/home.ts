import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import type { MeetingMention, PersonMention, PlaceMention } from '../extract/mentions.js';
import type { Home } from '../extract/articlePlace.js';
import { explicitPlace } from './jurisdiction.js';

export type { Home } from '../extract/articlePlace.js';

const LOCAL_KINDS = new Set(['town', 'subdistrict', 'development_zone']);

/**
 * Decides the article's home jurisdiction from the strongest evidence present: a meeting named
 * with its place, then the parent most of the visited towns share, then the most local place a
 * title writes. A headline's 江苏苏州 is the site's tag, not evidence (county news carries it too).
 */
export function home(meetings: MeetingMention[], towns: PlaceMention[], persons: PersonMention[], gazetteer: Gazetteer): Home | null {
  const meeting = meetings.find((m) => m.place !== null);
  if (meeting?.place) {
    const entry = gazetteer.lookup(meeting.place);
    return { name: entry?.name ?? meeting.place, entry, reason: `meeting ${meeting.surface} names ${meeting.place}` };
  }
  const parent = commonParent(towns, gazetteer);
  if (parent) return { name: parent.name, entry: parent, reason: `the visited towns lie in ${parent.name}` };
  const titled = persons.flatMap((p) => p.titles.map((title) => explicitPlace(title, null, gazetteer))).filter((p) => p !== null);
  const mostLocal = titled.sort((a, b) => b.depth - a.depth)[0];
  return mostLocal ? { name: mostLocal.name, entry: mostLocal.entry, reason: `a title names ${mostLocal.name}` } : null;
}

// the parent most visited towns share; ties go to the one named first
function commonParent(towns: PlaceMention[], gazetteer: Gazetteer): GazetteerEntry | null {
  const counts = new Map<string, { entry: GazetteerEntry; count: number }>();
  for (const town of towns) {
    const entry = gazetteer.lookup(town.surface);
    const parent = entry && LOCAL_KINDS.has(entry.kind) ? gazetteer.lineage(entry)[1] : undefined;
    if (parent) counts.set(parent.name, { entry: parent, count: (counts.get(parent.name)?.count ?? 0) + 1 });
  }
  let best: { entry: GazetteerEntry; count: number } | undefined;
  for (const candidate of counts.values()) if (!best || candidate.count > best.count) best = candidate;
  return best?.entry ?? null;
}
