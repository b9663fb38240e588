import type { Gazetteer } from '../gazetteer.js';
import { chineseNumber, NUMERAL } from './chineseNumber.js';
import type { MeetingMention } from './mentions.js';

// 第十八届人民代表大会第三次会议, 十八届人大三次会议; 人大常委会 meetings are another body and do not match
const NPC = new RegExp(`第?(${NUMERAL})届(?:人民代表大会|人大)第?(${NUMERAL})次(?:全体)?会议`, 'gu');
// 政协昆山市第十五届委员会第三次会议, 政协第十五届张家港市委员会第四次会议 (the form the body prints), 市政协十五届三次会议
const CPPCC = new RegExp(
  `(?:中国人民政治协商会议|政协)(\\p{Script=Han}{2,6}?[市区县省])?第?(${NUMERAL})届(?:(\\p{Script=Han}{2,6}?[市区县省])?委员会)?第?(${NUMERAL})次(?:全体)?会议`,
  'gu',
);
// 九届政协第五次会议, 区十届政协三次会议: the term written before the body
const CPPCC_TERM_FIRST = new RegExp(`第?(${NUMERAL})届政协(?:委员会)?第?(${NUMERAL})次(?:全体)?会议`, 'gu');
const LEVEL_BEFORE = /[市区县省]$/;
// 政协八届一次会议和县第十六届人大…: 和县 is a county, but after a meeting's name 和 joins two meetings
const JOINED_AFTER_MEETING = /(?:会议|大会)[和与及]$/u;

/**
 * Finds sessions of a people's congress (NPC) or political consultative conference (CPPCC) with
 * the place or level written before them, so that the full and the short form of one session
 * resolve to one meeting.
 */
export function meetings(text: string, gazetteer: Gazetteer): MeetingMention[] {
  const found: MeetingMention[] = [];
  for (const match of text.matchAll(NPC)) {
    const term = chineseNumber(match[1] ?? '');
    const session = chineseNumber(match[2] ?? '');
    if (term !== null && session !== null) found.push(withPrefix(text, match.index, match[0].length, 'NPC', term, session, null, gazetteer));
  }
  for (const match of text.matchAll(CPPCC)) {
    const term = chineseNumber(match[2] ?? '');
    const session = chineseNumber(match[4] ?? '');
    if (term !== null && session !== null)
      found.push(withPrefix(text, match.index, match[0].length, 'CPPCC', term, session, match[1] ?? match[3] ?? null, gazetteer));
  }
  for (const match of text.matchAll(CPPCC_TERM_FIRST)) {
    const term = chineseNumber(match[1] ?? '');
    const session = chineseNumber(match[2] ?? '');
    if (term !== null && session !== null) found.push(withPrefix(text, match.index, match[0].length, 'CPPCC', term, session, null, gazetteer));
  }
  return found.sort((a, b) => a.start - b.start);
}

// the place (昆山市…) or level (市…) sits right before the match and belongs to the mention
function withPrefix(
  text: string,
  start: number,
  length: number,
  body: 'NPC' | 'CPPCC',
  term: number,
  session: number,
  placeInside: string | null,
  gazetteer: Gazetteer,
): MeetingMention {
  const written = placeInside ? null : gazetteer.surfaceBefore(text, start);
  const placeBefore = written?.length === 2 && JOINED_AFTER_MEETING.test(text.slice(0, start - 1)) ? null : written;
  const levelBefore = !placeInside && !placeBefore && LEVEL_BEFORE.test(text.slice(0, start)) ? (text[start - 1] ?? null) : null;
  const from = start - (placeBefore?.length ?? (levelBefore ? 1 : 0));
  const end = start + length;
  return { kind: 'meeting', surface: text.slice(from, end), body, term, session, place: placeInside ?? placeBefore, level: levelBefore, start: from, end };
}
