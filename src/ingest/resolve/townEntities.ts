import type { Gazetteer, PlaceKind } from '../gazetteer.js';
import type { PlaceMention } from '../extract/mentions.js';
import type { TownEntity } from '../types.js';
import type { Home } from './home.js';

const KIND_BY_SUFFIX: [RegExp, PlaceKind][] = [
  [/(?:镇|乡)$/, 'town'],
  [/街道$/, 'subdistrict'],
  [/(?:开发区|高新区|度假区|新区)$/, 'development_zone'],
  [/区$/, 'district'],
];

/**
 * Builds one Town per place: gazetteer surfaces resolve to the entry (巴城 → 巴城镇; a shared one like
 * 高新区 only inside the article's home); unknown places keep their surface, get a kind from the
 * suffix and the home as parent. Key `${parent}/${name}`, the same in every article.
 */
export function townEntities(mentions: PlaceMention[], text: string, home: Home | null, gazetteer: Gazetteer, articleScope: string): Map<PlaceMention, TownEntity> {
  const byKey = new Map<string, TownEntity>();
  const byMention = new Map<PlaceMention, TownEntity>();
  for (const mention of mentions) {
    const entry = gazetteer.lookup(mention.surface, home?.entry ?? null);
    const name = entry?.name ?? mention.surface;
    const parent = entry ? entry.parent : (home?.name ?? null);
    const key = entry || parent ? `${parent ?? ''}/${name}` : `/${name}@${articleScope}`;
    let town = byKey.get(key);
    if (!town) {
      const kind = entry?.kind ?? KIND_BY_SUFFIX.find(([suffix]) => suffix.test(name))?.[1] ?? 'other';
      // listed aliases always; the derived short form (巴城) when the article writes it
      const aliases = entry ? gazetteer.surfacesOf(entry).filter((s) => s !== name && (entry.aliases.includes(s) || text.includes(s))) : [];
      const why = entry ? `${name}: gazetteer entry under ${parent ?? 'the top level'}` : `${name}: not in the gazetteer; kind ${kind} from its suffix, parent ${parent ?? 'unknown (key scoped to this article)'}`;
      town = { type: 'Town', key, name, aliases, properties: { kind, parent }, resolution: [why] };
      byKey.set(key, town);
    }
    if (mention.surface !== name) {
      if (!town.aliases.includes(mention.surface)) town.aliases.push(mention.surface);
      const reason = `${mention.surface} → ${name}: gazetteer alias`;
      if (!town.resolution.includes(reason)) town.resolution.push(reason);
    }
    byMention.set(mention, town);
  }
  for (const town of byKey.values()) town.aliases.sort();
  return byMention;
}
