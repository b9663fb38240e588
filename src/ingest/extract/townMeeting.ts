import type { Gazetteer } from '../gazetteer.js';
import type { Unit } from '../split.js';
import type { MeetingMention, PlaceMention } from './mentions.js';
import { placeAt } from './places.js';

const TOWNSHIP = /(?:镇|乡|街道|苏木)$/u;
// 辛市街道召开第一届人大议政会第一次会议, 齐寿镇召开2017年全镇农业农村工作会议: a township holding a meeting of its own
const HOLDS_MEETING = /^(?:于[^,。;]{0,12}?)?(?:隆重|胜利)?(?:召开|举行)(?:了)?[^,。;]{0,30}?(?:会议|大会)/u;

/**
 * The township whose own meeting a sentence reports (界炮镇第十七届人民代表大会第七次会议…闭幕, 辛市街道召开…
 * 议政会): its congress or meeting is that town's own group, so a county leader who attends it, chairs
 * it or reports to it sits in that town, and directions given there are given to it. Null otherwise.
 */
export function townMeeting(text: string, unit: Unit, meetings: MeetingMention[], gazetteer: Gazetteer): PlaceMention | null {
  for (const meeting of meetings) {
    if (meeting.start < unit.start || meeting.end > unit.end || !meeting.place || !TOWNSHIP.test(meeting.place)) continue;
    return { kind: 'place', surface: meeting.place, start: meeting.start, end: meeting.start + meeting.place.length };
  }
  for (let at = text.indexOf('召开', unit.start); at >= 0 && at < unit.end; at = text.indexOf('召开', at + 2)) {
    const host = townshipEndingBefore(text, unit.start, at, gazetteer);
    if (host && HOLDS_MEETING.test(text.slice(host.end, unit.end))) return host;
  }
  return null;
}

// the township written right before `end` (after a date or a comma: 6月4日,渭南经开区辛市街道召开…)
function townshipEndingBefore(text: string, from: number, end: number, gazetteer: Gazetteer): PlaceMention | null {
  for (let start = Math.max(from, end - 8); start <= end - 2; start++) {
    const place = placeAt(text, start, gazetteer);
    if (place && place.end === end && TOWNSHIP.test(place.surface)) return place;
  }
  return null;
}
