import type { Gazetteer } from '../gazetteer.js';
import type { PlaceMention } from './mentions.js';

const COUNTY_KINDS = new Set(['county', 'county_city', 'district', 'city', 'province']);
const TOWNSHIP_END = /(?:镇|乡|街道|苏木|开发区|高新区|经开区|园区|保税区|片区|试验区|度假区|新区)$/u;
const COUNTY_END = /(?:县|旗|市|区)$/u;

/**
 * Whether a place is a township (or a zone at that level) or a county and above: a county may
 * only frame a tour of its towns. From the gazetteer when it knows the name, else from the name's
 * ending; null when the name is both (a town and a county share it) or neither.
 */
export function placeLevel(place: PlaceMention, gazetteer: Gazetteer): 'township' | 'county' | null {
  const kinds = new Set(gazetteer.candidates(place.surface).map((entry) => entry.kind));
  if (kinds.size > 0)
    return [...kinds].every((kind) => COUNTY_KINDS.has(kind)) ? 'county' : [...kinds].some((kind) => COUNTY_KINDS.has(kind)) ? null : 'township';
  return TOWNSHIP_END.test(place.surface) ? 'township' : COUNTY_END.test(place.surface) ? 'county' : null;
}
