import type { Gazetteer } from './gazetteer.js';
import type { Draft, MeetingMention, Mention, PersonMention, PhraseMention, PlaceMention } from './extract/mentions.js';
import type { Home } from './extract/articlePlace.js';
import { home } from './resolve/home.js';
import { meetingEntities } from './resolve/meetingEntities.js';
import { officialEntities } from './resolve/officialEntities.js';
import { phraseEntities } from './resolve/phraseEntities.js';
import { townEntities } from './resolve/townEntities.js';
import type { Entity, EntityRef, Relation } from './types.js';

interface ResolveInput {
  text: string;
  articleId: string;
  persons: PersonMention[];
  meetings: MeetingMention[];
  phrases: PhraseMention[];
  drafts: Draft[];
  gazetteer: Gazetteer;
  /** where the article is from, as the extract stage read it; null when nothing said */
  place: Home | null;
}

const TYPE_ORDER = ['Meeting', 'Official', 'Town', 'Slogan', 'Industry'];

/**
 * Turns mentions into keyed entities within one article (merging surfaces of one town, bare names
 * into titled officials, short and full meeting names) and drafts into relations between them,
 * one per (type, from, to, evidence start), sorted so the same text always prints the same JSON.
 */
export function resolve(input: ResolveInput): { entities: Entity[]; relations: Relation[] } {
  const { text, gazetteer } = input;
  const scope = input.articleId.slice(0, 12);
  const places = input.drafts.flatMap((d) => [d.from, d.to, d.town ?? d.from]).filter((m): m is PlaceMention => m.kind === 'place');
  const articleHome = input.place ?? home(input.meetings, places, input.persons, gazetteer);
  const entityOf = new Map<Mention, Entity>([
    ...officialEntities(input.persons, articleHome, gazetteer, scope),
    ...townEntities(places, text, articleHome, gazetteer, scope),
    ...meetingEntities(input.meetings, articleHome, gazetteer, scope),
    ...phraseEntities(input.phrases),
  ]);
  const relations = new Map<string, Relation>();
  for (const draft of input.drafts) {
    const from = entityOf.get(draft.from);
    const to = entityOf.get(draft.to);
    if (!from || !to) continue;
    const id = `${draft.type}|${from.key}|${to.key}|${draft.evidence.start}`;
    if (relations.has(id)) continue;
    const properties = { ...draft.properties };
    if (draft.type === 'ATTENDED') properties.meeting = draft.meeting ? (entityOf.get(draft.meeting)?.key ?? null) : null;
    if (draft.properties.context === 'remarks') properties.town = draft.town ? (entityOf.get(draft.town)?.key ?? null) : null;
    const evidence = { sentence: text.slice(draft.evidence.start, draft.evidence.end), ...draft.evidence };
    relations.set(id, { type: draft.type, from: ref(from), to: ref(to), evidence, properties });
  }
  const entities = [...new Set(entityOf.values())].sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || byCodeUnits(a.key, b.key));
  const ordered = [...relations.values()].sort(
    (a, b) => a.evidence.start - b.evidence.start || byCodeUnits(a.type, b.type) || byCodeUnits(a.from.key, b.from.key) || byCodeUnits(a.to.key, b.to.key),
  );
  return { entities, relations: ordered };
}

// relations carry type, key and name so the scorer and the loader need not look the entity up
function ref(entity: Entity): EntityRef {
  return { type: entity.type, key: entity.key, name: entity.name };
}

// localeCompare depends on the machine's ICU locale; output order must not
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
