import type { Gazetteer } from '../gazetteer.js';
import type { PersonMention } from '../extract/mentions.js';
import type { OfficialEntity } from '../types.js';
import type { Home } from './home.js';
import { explicitPlace, jurisdiction, type LevelContext, type Place } from './jurisdiction.js';

/**
 * Builds one Official per (jurisdiction, name): a titled mention keys the person by the place its
 * titles name; a bare name takes the titled mention nearest before it (else after). Two people
 * with one name in different jurisdictions stay apart, with the reason recorded.
 */
export function officialEntities(persons: PersonMention[], home: Home | null, gazetteer: Gazetteer, articleScope: string): Map<PersonMention, OfficialEntity> {
  const byKey = new Map<string, OfficialEntity>();
  const byMention = new Map<PersonMention, OfficialEntity>();
  const titled = persons.filter((p) => p.titles.length > 0 || p.listed);
  const written = titled.flatMap((p) => p.titles.map((t) => explicitPlace(t, home?.entry ?? null, gazetteer))).filter((p) => p !== null);
  for (const mention of titled) {
    const context: LevelContext = { home, gazetteer, written, localTown: localTown(mention, home, gazetteer) };
    const place = jurisdiction(mention.titles, context);
    const key = place ? `${place.name}:${mention.name}` : `:${mention.name}@${articleScope}`;
    let entity = byKey.get(key);
    if (!entity) {
      const why = place
        ? `jurisdiction ${place.name}: ${place.reason}`
        : `jurisdiction unknown (no place in titles, no article home): key scoped to this article`;
      entity = { type: 'Official', key, name: mention.name, aliases: [], properties: { jurisdiction: place?.name ?? '', titles: [] }, resolution: [why] };
      byKey.set(key, entity);
    }
    for (const title of mention.titles) if (!entity.properties.titles.includes(title)) entity.properties.titles.push(title);
    byMention.set(mention, entity);
  }
  for (const mention of persons.filter((p) => p.titles.length === 0 && !p.listed)) {
    const anchor = nearestTitled(titled, mention);
    const entity = anchor && byMention.get(anchor);
    if (!entity) continue;
    byMention.set(mention, entity);
    const reason = `bare ${mention.name} → ${entity.key}: the titled mention nearest ${anchor.start < mention.start ? 'before' : 'after'} it`;
    if (!entity.resolution.includes(reason)) entity.resolution.push(reason);
  }
  noteNamesakes([...byKey.values()]);
  return byMention;
}

// 镇党委书记 in a 震泽镇 sentence holds office in 震泽镇: the town's canonical name keys them
function localTown(mention: PersonMention, home: Home | null, gazetteer: Gazetteer): Place | null {
  if (!mention.localTown) return null;
  const entry = gazetteer.lookup(mention.localTown.surface, home?.entry ?? null);
  return { name: entry?.name ?? mention.localTown.surface, entry, depth: entry ? gazetteer.lineage(entry).length : 4, reason: '' };
}

// 李铭 said after 吴江区委书记李铭 is that 李铭, even if 市领导李铭 appears elsewhere
function nearestTitled(titled: PersonMention[], mention: PersonMention): PersonMention | undefined {
  const same = titled.filter((t) => t.name === mention.name);
  return same.filter((t) => t.start < mention.start).at(-1) ?? same.find((t) => t.start > mention.start);
}

// namesakes kept apart are the resolution a reader most needs explained
function noteNamesakes(entities: OfficialEntity[]): void {
  for (const entity of entities) {
    for (const other of entities) {
      if (other === entity || other.name !== entity.name) continue;
      entity.resolution.push(`${entity.name} kept apart from ${other.key}: jurisdiction ${entity.properties.jurisdiction} ≠ ${other.properties.jurisdiction}`);
    }
  }
}
