import type { Gazetteer } from '../gazetteer.js';
import { toChineseNumber } from '../extract/chineseNumber.js';
import type { MeetingMention } from '../extract/mentions.js';
import type { MeetingEntity } from '../types.js';
import type { Home } from './home.js';
import { levelPlace } from './jurisdiction.js';

/**
 * One Meeting per (jurisdiction, body, term, session): 市十八届人大三次会议 and 昆山市第十八届人民代表大会
 * 第三次会议 are one session. The canonical name is the full form; a meeting named by level only
 * takes the article's home; with no home it keeps its written name and an article-scoped key.
 */
export function meetingEntities(mentions: MeetingMention[], home: Home | null, gazetteer: Gazetteer, articleScope: string): Map<MeetingMention, MeetingEntity> {
  const byKey = new Map<string, MeetingEntity>();
  const byMention = new Map<MeetingMention, MeetingEntity>();
  for (const mention of mentions) {
    const place = placeOf(mention, home, gazetteer);
    const scoped = place ? '' : `@${articleScope}`;
    const jurisdiction = place?.name ?? mention.level ?? '';
    const key = `${jurisdiction}/${mention.body}/${mention.term}/${mention.session}${scoped}`;
    let meeting = byKey.get(key);
    if (!meeting) {
      const name = place ? canonicalName(place.name, mention) : mention.surface;
      meeting = {
        type: 'Meeting',
        key,
        name,
        aliases: [],
        properties: { jurisdiction, body: mention.body, term: mention.term, session: mention.session },
        resolution: [],
      };
      meeting.resolution.push(place ? `jurisdiction ${place.name}: ${place.reason}` : 'jurisdiction unknown: key scoped to this article');
      byKey.set(key, meeting);
    }
    if (mention.surface !== meeting.name && !meeting.aliases.includes(mention.surface)) {
      meeting.aliases.push(mention.surface);
      meeting.resolution.push(`${mention.surface} → ${meeting.name}: same body (${mention.body}), term ${mention.term}, session ${mention.session}`);
    }
    byMention.set(mention, meeting);
  }
  for (const meeting of byKey.values()) meeting.aliases.sort();
  return byMention;
}

// the written place wins; a level word (市…) means the article's home at that level
function placeOf(mention: MeetingMention, home: Home | null, gazetteer: Gazetteer): { name: string; reason: string } | null {
  if (mention.place) {
    const entry = gazetteer.lookup(mention.place, home?.entry ?? null);
    return { name: entry?.name ?? mention.place, reason: `written as ${mention.place}` };
  }
  if (mention.level) return levelPlace(mention.level, { home, gazetteer, written: [], localTown: null });
  return home ? { name: home.name, reason: `article home (${home.reason})` } : null;
}

// the form the congress itself prints on its documents
function canonicalName(jurisdiction: string, mention: MeetingMention): string {
  const term = toChineseNumber(mention.term);
  const session = toChineseNumber(mention.session);
  return mention.body === 'NPC' ? `${jurisdiction}第${term}届人民代表大会第${session}次会议` : `政协${jurisdiction}第${term}届委员会第${session}次会议`;
}
