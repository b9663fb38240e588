import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import type { Draft, PlaceMention } from './mentions.js';
import { placeLevel } from './placeLevel.js';

/**
 * 到永宁县调研…来到闽宁镇: when a tour names the county it goes to and then the towns it visits
 * there, the towns are the visited places and the county only frames them. Drops the visits and
 * directions to such a county; a tour that reaches no town of it (a provincial leader's tour of
 * counties) keeps them, since there the counties are the places visited.
 */
export function dropTourContainers(drafts: Draft[], gazetteer: Gazetteer): Draft[] {
  const visited = drafts.filter((d) => d.type === 'ATTENDED' && !d.meeting && d.to.kind === 'place').map((d) => d.to as PlaceMention);
  const towns = visited.filter((place) => placeLevel(place, gazetteer) === 'township');
  if (towns.length === 0) return drafts;
  const frames = (place: PlaceMention) => placeLevel(place, gazetteer) === 'county' && towns.some((town) => mayLieIn(town, place, gazetteer));
  return drafts.filter((d) => !((d.type === 'ATTENDED' && !d.meeting) || d.type === 'DIRECTED') || d.to.kind !== 'place' || !frames(d.to));
}

// a town the gazetteer cannot place may lie anywhere; a placed one must have the county above it
function mayLieIn(town: PlaceMention, county: PlaceMention, gazetteer: Gazetteer): boolean {
  const counties = new Set<GazetteerEntry>(gazetteer.candidates(county.surface));
  const towns = gazetteer.candidates(town.surface);
  return towns.length === 0 || counties.size === 0 || towns.some((entry) => gazetteer.lineage(entry).some((above) => counties.has(above)));
}
