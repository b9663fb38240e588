import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import type { Draft, PlaceMention } from './mentions.js';

const COUNTY_KINDS = new Set(['county', 'county_city', 'district', 'city', 'province']);
const TOWNSHIP_END = /(?:镇|乡|街道|苏木|开发区|高新区|经开区|园区|保税区|片区|试验区|度假区|新区)$/u;
const COUNTY_END = /(?:县|旗|市|区)$/u;

/**
 * 到永宁县调研…来到闽宁镇: when a tour names the county it goes to and then the towns it visits
 * there, the towns are the visited places and the county only frames them. Drops the visits and
 * directions to such a county; a tour that reaches no town of it (a provincial leader's tour of
 * counties) keeps them, since there the counties are the places visited.
 */
export function dropTourContainers(drafts: Draft[], gazetteer: Gazetteer): Draft[] {
  const visited = drafts.filter((d) => d.type === 'ATTENDED' && !d.meeting && d.to.kind === 'place').map((d) => d.to as PlaceMention);
  const towns = visited.filter((place) => level(place, gazetteer) === 'township');
  if (towns.length === 0) return drafts;
  const frames = (place: PlaceMention) => level(place, gazetteer) === 'county' && towns.some((town) => mayLieIn(town, place, gazetteer));
  return drafts.filter((d) => !((d.type === 'ATTENDED' && !d.meeting) || d.type === 'DIRECTED') || d.to.kind !== 'place' || !frames(d.to));
}

function level(place: PlaceMention, gazetteer: Gazetteer): 'township' | 'county' | null {
  const kinds = new Set(gazetteer.candidates(place.surface).map((entry) => entry.kind));
  if (kinds.size > 0) return [...kinds].every((kind) => COUNTY_KINDS.has(kind)) ? 'county' : [...kinds].some((kind) => COUNTY_KINDS.has(kind)) ? null : 'township';
  return TOWNSHIP_END.test(place.surface) ? 'township' : COUNTY_END.test(place.surface) ? 'county' : null;
}

// a town the gazetteer cannot place may lie anywhere; a placed one must have the county above it
function mayLieIn(town: PlaceMention, county: PlaceMention, gazetteer: Gazetteer): boolean {
  const counties = new Set<GazetteerEntry>(gazetteer.candidates(county.surface));
  const towns = gazetteer.candidates(town.surface);
  return towns.length === 0 || counties.size === 0 || towns.some((entry) => gazetteer.lineage(entry).some((above) => counties.has(above)));
}
