import type { PlaceKind } from './gazetteerIndex.js';

// township-level units that are zones rather than towns: the NBS lists them beside 镇 and 街道
const ZONE = /(?:开发区|高新区|园区|新区|度假区|保税区|示范区|试验区|实验区|合作区|产业园|新城)$/u;
const TOWNSHIP = /(?:镇|乡|苏木)$/u;
const COUNTY = /(?:县|旗|特区|林区)$/u;

/**
 * The kind of a national division from its code's length (2 province, 4 prefecture, 6 county,
 * 9 township) and its name's suffix: the NBS list gives no kind of its own, and the level words of
 * titles (县委, 区长, 镇党委) are matched against these kinds.
 */
export function divisionKind(code: string, name: string): PlaceKind {
  switch (code.length) {
    case 2:
      return name.endsWith('市') ? 'city' : 'province';
    case 4:
      return 'city';
    case 6:
      if (name.endsWith('市')) return 'county_city';
      if (COUNTY.test(name)) return 'county';
      return ZONE.test(name) ? 'development_zone' : 'district';
    default:
      if (name.endsWith('街道')) return 'subdistrict';
      if (TOWNSHIP.test(name)) return 'town';
      return ZONE.test(name) ? 'development_zone' : 'other';
  }
}
