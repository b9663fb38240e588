import type { Gazetteer, GazetteerEntry, PlaceKind } from '../gazetteer.js';
import type { PlaceMention } from '../extract/mentions.js';
import type { TownEntity, TownProperties } from '../types.js';
import type { Home } from './home.js';
import { shortForms } from '../shortForm.js';
import { placeTown } from './placeTown.js';

const KIND_BY_SUFFIX: [RegExp, PlaceKind][] = [
  [/(?:镇|乡|苏木)$/, 'town'],
  [/街道$/, 'subdistrict'],
  [/(?:开发区|高新区|经开区|度假区|新区|园区|保税区|试验区|片区)$/, 'development_zone'],
  [/(?:县|旗)$/, 'county'],
  [/区$/, 'district'],
];
const COUNTY_KINDS = new Set<PlaceKind>(['county', 'county_city', 'district']);

/**
 * Builds one Town per place. A surface resolves to a gazetteer entry (巴城 → 巴城镇; a name many
 * places share, 城关镇, only through the article's own place); an unknown place keeps its surface,
 * gets its kind from its suffix and lies in the article's home. The key is the division code when
 * there is one, else `${parent code or name}/${name}`: two same-name towns of different counties
 * never merge, and every entity says in `resolution` why it was placed where it is.
 */
export function townEntities(
  mentions: PlaceMention[],
  text: string,
  home: Home | null,
  gazetteer: Gazetteer,
  articleScope: string,
): Map<PlaceMention, TownEntity> {
  const byKey = new Map<string, TownEntity>();
  const byMention = new Map<PlaceMention, TownEntity>();
  for (const mention of mentions) {
    const placed = placeTown(mention.surface, text, home, gazetteer);
    const entry = placed.entry;
    const name = entry ? usualName(entry) : mention.surface;
    const container = entry?.parent ?? home?.entry ?? null;
    const parentName = entry ? (entry.parent?.name ?? null) : (home?.name ?? null);
    const parentKey = container?.code ?? parentName;
    const key = entry?.code ?? (parentKey ? `${parentKey}/${name}` : `/${name}@${articleScope}`);
    let town = byKey.get(key);
    if (!town) {
      const kind = entry?.kind ?? KIND_BY_SUFFIX.find(([suffix]) => suffix.test(name))?.[1] ?? 'other';
      // listed aliases always; the derived short form (巴城) when the article writes it
      const aliases = entry ? gazetteer.surfacesOf(entry).filter((s) => s !== name && (s === entry.name || entry.aliases.includes(s) || text.includes(s))) : [];
      const properties: TownProperties = {
        kind,
        parent: parentName,
        code: entry?.code ?? null,
        ...divisions(entry ? gazetteer.lineage(entry) : container ? gazetteer.lineage(container) : []),
      };
      town = { type: 'Town', key, name, aliases, properties, resolution: [placed.reason] };
      byKey.set(key, town);
    }
    if (mention.surface !== name) {
      if (!town.aliases.includes(mention.surface)) town.aliases.push(mention.surface);
      const reason = `${mention.surface} → ${name}: ${entry ? 'a name of the gazetteer entry' : 'as written'}`;
      if (!town.resolution.includes(reason)) town.resolution.push(reason);
    }
    byMention.set(mention, town);
  }
  for (const town of byKey.values()) town.aliases.sort();
  return byMention;
}

// 黔东南州, not 黔东南苗族侗族自治州: an autonomous unit goes by its stem and level, the full name is an alias
function usualName(entry: GazetteerEntry): string {
  return /自治(?:州|县|旗)$/u.test(entry.name) ? (shortForms(entry)[1] ?? entry.name) : entry.name;
}

// the county, city and province a place is or lies in, from its lineage (itself first)
function divisions(chain: GazetteerEntry[]): Pick<TownProperties, 'county' | 'city' | 'province'> {
  const county = chain.find((e) => e.code?.length === 6 || (!e.code && COUNTY_KINDS.has(e.kind)))?.name ?? null;
  const city = chain.find((e) => e.code?.length === 4 || (e.code?.length === 2 && e.kind === 'city'))?.name ?? null;
  const province = chain.find((e) => e.code?.length === 2)?.name ?? null;
  return { county, city, province };
}
