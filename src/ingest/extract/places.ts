import type { Gazetteer } from '../gazetteer.js';
import { NUMERAL } from './chineseNumber.js';
import { isCommonWord } from './commonWords.js';
import { posTag } from './tagger.js';
import type { PlaceMention } from './mentions.js';

export interface PlaceItem {
  start: number;
  end: number;
  /** the town the item names, if it names one */
  place: PlaceMention | null;
  /** 第二代表团, written or carried over from the previous item of the list */
  delegation: string | null;
  /** the meeting group as written (巴城组, 经济界别组) when the item is a group rather than a visited place */
  group: string | null;
}

// a place the gazetteer does not know still announces itself by its suffix: XX镇, XX街道, XX开发区
const PLACE_SUFFIXES = [
  '高新技术产业开发区',
  '经济技术开发区',
  '自由贸易试验区',
  '综合保税区',
  '经济开发区',
  '工业园区',
  '开发区',
  '高新区',
  '经开区',
  '保税区',
  '度假区',
  '街道',
  '新区',
  '苏木',
  '镇',
  '乡',
  '区',
];
// 各县区, 全镇, 该乡, 等乡镇: a determiner or a conjunction before the suffix names no place
const DETERMINER = '[各全本该每其此这那邻多两几诸等及和与到在于]';
const SUFFIX_AT_END = new RegExp(`(?:${PLACE_SUFFIXES.join('|')})$`, 'u');
// (坪地场等乡镇: 等 closes a list, it never sits inside a name)
const UNKNOWN_PLACE = new RegExp(`^(?!${DETERMINER})(?:(?!等)\\p{Script=Han}){2,4}?(?:${PLACE_SUFFIXES.join('|')})`, 'u');
// 到甪直镇调研古镇保护: a stem that opens with the visit's own verb is the sentence going on, not a place
const VERB_STEM = /^(?:调研|视察|考察|走访|察看|查看|参观|了解|检查|督查|指导|推动|推进|加快|打造|建设|发展|保护|围绕|聚焦)/u;
// …区 words that name a neighbourhood, a park or a kind of area, not an administrative unit
const NOT_A_DISTRICT = /(?:社区|小区|景区|厂区|校区|街区|片区|城区|园区|矿区|库区|辖区|山区|湖区|市区|郊区|示范区|集聚区|功能区)$/u;
const PLACE_END = /(?:镇|乡|街道|区|县|市|旗|州|盟|省|苏木)$/u;
const NOT_THE_PLACE_AFTER = /^(?:村|社区|居委|屯|寨|街|路|大道|巷|园|场|站|桥|湖|山|河|岛|湾|港|洲|峡|谷|军|公司|小学|中学)/u;
const SITE_BEFORE_NEXT = /^[\p{Script=Han}]{1,10}?(?=、)/u;
const LISTED_ZONE = /^([^,。;:、等\s]{4,28}?(?:片区|开发区|高新区|园区|试验区|保税区|新区))(?=[、等和及])/u;
// 水南代表团, 水南组: a group named after a place the gazetteer lacks under that name
const UNKNOWN_GROUP = new RegExp(String.raw`^(?!${DETERMINER})(\p{Script=Han}{2,3}?)(?:代表团|组)(?=审议|讨论|会场|代表|委员|参加|分组|[,、。和及与])`, 'u');
const DELEGATION = new RegExp(`^第${NUMERAL}代表团`, 'u');
const DELEGATION_BEFORE = new RegExp(`第${NUMERAL}代表团$`, 'u');
// 组织, 组成, 组建, 组合, 组团: 组 starting a word, not closing a group's name
const NOT_GROUP_AFTER = new Set([...'织成建合团']);
// 经济界别组 followed by 审议/讨论/,: a meeting group's name, not a word like 组织
const GROUP_LABEL = /^(?:(?![了的在是要把])\p{Script=Han}){2,10}?组(?=审议|讨论|会场|代表|委员|参加|[,、。和及与])/u;
const LIST_JOINER = /^[、和及与]$/;
const SHARED_GROUP = /^等(代表团|小组|组)(?=审议|讨论|会场|参加|[,、。])/u;
const GROUP_WORD = /^(?:代表团|小组|组)$/u;
// 昆山高新区(玉山镇)组: a note in brackets between the place and 组
const PARENTHETICAL = /^\([^()]{1,10}\)/u;
// 走进高新区企业: a place naming whose facility was visited is a modifier, not the place visited
const TOWNSHIP_NAME = /(?:镇|乡|街道|苏木)$/u;
const FACILITY = /^(?:企业|公司|集团|项目|工地|现场|园区|产业园|基地|车间|工厂|学校|医院|中心|展示馆|展厅)/u;
// 走进江苏宏瑞新材料科技有限公司: a province, a city or an unknown word opening a registered company name is part of
// the name, not where the visit went (a known town or zone opening it, 周市镇XX有限公司, does say where the company is)
const COMPANY_NAME = /^(?:(?!调研|视察|考察|走访|察看|参观|了解|[的和与及等])[^,。;:、\s“”()]){0,20}?(?:有限公司|有限责任公司|股份公司|集团|公司)/u;
// 海虞镇代表团: where delegations are formed by town, the town's own delegation is the group, as 海虞组 is
const GROUP_MARKERS = ['代表团', '组'];
// what may stand right before a group's place: punctuation, a preposition or particle, or the delegation (第五代表团沙溪组)
const SECTOR_TAGS = new Set(['n', 'vn', 'v', 'j', 'an']);
const GROUP_PLACE_OPENS = /^(?:$|[^\p{Script=Han}]|[在到的与和及同团、参])/u;
// 利辛县经开区, 某某镇: a township or a zone written in full locates a company whatever the gazetteer knows
const LOCAL_SURFACE = /(?:镇|乡|街道|开发区|经开区|高新区|园区)$/u;
const LOCAL_KINDS = new Set(['town', 'subdistrict', 'development_zone']);

/**
 * Reads a list of places or meeting groups at `position` (七都镇、震泽镇 / 第二代表团昆山高新区组、巴城组):
 * what comes after a visit verb or 在. Empty when no place or group starts there, so ordinary
 * objects of 来到 (企业, 车间) never become towns.
 */
export function places(text: string, position: number, gazetteer: Gazetteer): PlaceItem[] {
  const items: PlaceItem[] = [];
  let at = position;
  let delegation: string | null = null;
  for (;;) {
    const item: PlaceItem | null = placeItem(text, at, gazetteer, delegation) ?? (items.length > 0 ? listedZone(text, at, delegation) : null);
    if (!item) return sharedGroupWord(text, items);
    items.push(item);
    delegation = item.delegation;
    // 曲当镇嘎玛沟、昂仁县切热乡: a site inside the place may trail it before the list goes on
    const site = SITE_BEFORE_NEXT.exec(text.slice(item.end, item.end + 12))?.[0].length ?? 0;
    if (site > 0 && placeItem(text, item.end + site + 1, gazetteer, delegation) === null) return sharedGroupWord(text, items);
    if (!LIST_JOINER.test(text[item.end + site] ?? '')) return sharedGroupWord(text, items);
    at = item.end + site + 1;
  }
}

// 安字营镇、张林镇、彭营镇(等)代表团: one group word after a list of towns makes each town a group
function sharedGroupWord(text: string, items: PlaceItem[]): PlaceItem[] {
  const last = items[items.length - 1];
  if (!last?.place || items.some((item) => !item.place || (item !== last && item.group !== null))) return items;
  const written = last.group?.slice(last.place.surface.length);
  const trailing = last.group === null ? SHARED_GROUP.exec(text.slice(last.end, last.end + 8)) : null;
  const word = written && GROUP_WORD.test(written) ? written : trailing?.[1];
  if (!word || items.length < 2) return items;
  const end = last.end + (trailing?.[0].length ?? 0);
  return items.map((item) => {
    const group = `${item.place!.surface}${word}`;
    return { ...item, group, delegation: word === '代表团' ? group : item.delegation, end: item === last ? end : item.end };
  });
}

// 中国(河北)自由贸易试验区正定片区 inside a list of zones: an item the patterns cannot parse is still a
// place when the list frames it and it ends like one
function listedZone(text: string, position: number, delegation: string | null): PlaceItem | null {
  const item = LISTED_ZONE.exec(text.slice(position, position + 30))?.[1];
  if (!item) return null;
  const place: PlaceMention = { kind: 'place', surface: item, start: position, end: position + item.length };
  return { start: position, end: place.end, place, delegation, group: null };
}

/** The town named at `position` (longest known surface or a suffix-marked unknown), the most local when places nest. */
export function placeAt(text: string, position: number, gazetteer: Gazetteer): PlaceMention | null {
  const known = gazetteer.surfaceAt(text, position);
  const suffixed = UNKNOWN_PLACE.exec(text.slice(position, position + 12))?.[0] ?? null;
  const unknown = suffixed && !NOT_A_DISTRICT.test(suffixed) && !VERB_STEM.test(suffixed) && plausibleStem(suffixed) ? suffixed : null;
  // 远安旧县镇: a county's short form, then a township the gazetteer knows, is that township inside it
  if (
    known &&
    unknown?.startsWith(known) &&
    aboveTownship(known, gazetteer) &&
    gazetteer.surfaceAt(text, position + known.length)?.length === unknown.length - known.length
  ) {
    const township = placeAt(text, position + known.length, gazetteer);
    if (township && /(?:镇|乡|街道|苏木)$/u.test(township.surface) && !aboveTownship(township.surface, gazetteer)) return township;
  }
  const surface = unknown && unknown.length > (known?.length ?? 0) ? unknown : known;
  if (!surface) return null;
  const end = position + surface.length;
  // 河口村, 新华路: a place's short form opening a village's or a street's name is not the place
  if (surface === known && !PLACE_END.test(surface) && NOT_THE_PLACE_AFTER.test(text.slice(end, end + 2))) return null;
  // 苍梧县龙圩镇: a place right after a place lies inside it, and is the one meant; a county or a
  // province cannot lie inside (利辛县经开区安徽翰联纺织 names a company after the zone)
  // (西青区中北镇东兴里: nothing inside a township is a town, so a place name after one opens a village's or a street's)
  // (靖西县新靖镇: a county's short form may carry a suffix it no longer has, 靖西县 being now 靖西市)
  const former = surface === known && aboveTownship(surface, gazetteer) && /^[县市区旗]/u.test(text[end] ?? '') ? 1 : 0;
  const inner = TOWNSHIP_NAME.test(surface) ? null : placeAt(text, end + former, gazetteer);
  return inner && !aboveTownship(inner.surface, gazetteer) ? inner : { kind: 'place', surface, start: position, end };
}

/**
 * The meeting groups named anywhere in a sentence (…的第五代表团沙溪组代表审议, 海虞镇代表团审议…): a place
 * right before 组 or 代表团. Such a sentence reports on that group, so what follows is said there.
 */
export function groupsIn(text: string, from: number, to: number, gazetteer: Gazetteer): PlaceItem[] {
  const found: PlaceItem[] = [];
  for (const marker of GROUP_MARKERS) {
    for (let at = text.indexOf(marker, from); at >= 0 && at + marker.length <= to; at = text.indexOf(marker, at + 1)) {
      if (marker === '组' && NOT_GROUP_AFTER.has(text[at + 1] ?? '')) continue;
      // a group marker is evidence enough to read a township's short form wherever it lies
      const known = gazetteer.surfaceBefore(text, at, { townsIn: 'anywhere' });
      const unknown = unknownPlaceBefore(text, at);
      const surface = unknown && unknown.length > (known?.length ?? 0) ? unknown : known;
      if (!surface || at - surface.length < from) continue;
      const start = at - surface.length;
      if (marker === '组' && surface === known && sectorGroup(text, start, surface)) continue;
      const end = at + marker.length;
      const own = marker === '代表团' ? text.slice(start, end) : null;
      const delegation = own ?? DELEGATION_BEFORE.exec(text.slice(Math.max(from, start - 10), start))?.[0] ?? null;
      const place: PlaceMention = { kind: 'place', surface, start, end: at };
      found.push({ start: own ? start : start - (delegation?.length ?? 0), end, place, delegation, group: text.slice(start, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// 文史社科组, 在经济组讨论: a short form glued to the words before it, or one jieba reads as a common noun or
// verb, names a sector's group (the gazetteer's 社科乡 and 经济镇 lie elsewhere); 第五代表团陆家组 is a place's
function sectorGroup(text: string, start: number, surface: string): boolean {
  const before = text[start - 1] ?? '';
  if (before === '团') return false;
  return !GROUP_PLACE_OPENS.test(before) || sectorWord(surface);
}

// one dictionary word, a common noun or verb (经济, 农林, 教育): a sector, where a place's name reads as ns, nr or pieces
function sectorWord(stem: string): boolean {
  const tags = posTag(stem);
  return tags.length === 1 && SECTOR_TAGS.has(tags[0]!.tag);
}

// a suffix-marked place ending at `end` with a two-character stem (七都镇, 沙溪镇): longer stems would swallow the word before
function unknownPlaceBefore(text: string, end: number): string | null {
  const suffix = PLACE_SUFFIXES.find((s) => text.endsWith(s, end));
  if (!suffix) return null;
  const candidate = text.slice(end - suffix.length - 2, end);
  return new RegExp(`^(?!${DETERMINER})\\p{Script=Han}{2}`, 'u').test(candidate) && !NOT_A_DISTRICT.test(candidate) ? candidate : null;
}

/** True when two surfaces name one place: equal, or the same gazetteer entry (巴城 and 巴城镇). */
export function samePlace(a: string, b: string, gazetteer: Gazetteer): boolean {
  if (a === b) return true;
  const entry = gazetteer.lookup(a);
  return entry !== null && entry === gazetteer.lookup(b);
}

// one list item: an optional 第N代表团, then a place (maybe with 组) or a group's name
function placeItem(text: string, position: number, gazetteer: Gazetteer, carried: string | null): PlaceItem | null {
  const written = DELEGATION.exec(text.slice(position, position + 12))?.[0] ?? null;
  const delegation = written ?? carried;
  const at = position + (written?.length ?? 0);
  const place = placeAt(text, at, gazetteer) ?? groupPlaceAt(text, at, gazetteer);
  // 走进高新区企业 visits a company, not the zone; but 深入闽宁镇产业园 goes into the town, whose full name says so
  if (place && FACILITY.test(text.slice(place.end, place.end + 3)) && !TOWNSHIP_NAME.test(place.surface)) return null;
  if (place && !isLocal(place.surface, gazetteer) && COMPANY_NAME.test(text.slice(place.end, place.end + 24))) return null;
  if (place) {
    const afterNote = PARENTHETICAL.exec(text.slice(place.end, place.end + 12))?.[0].length ?? 0;
    const marker = GROUP_MARKERS.find((m) => text.startsWith(m, place.end + afterNote));
    const end = marker ? place.end + afterNote + marker.length : place.end;
    const group = marker ? text.slice(place.start, end) : null;
    return { start: position, end, place, delegation: marker === '代表团' ? group : delegation, group };
  }
  const stem = UNKNOWN_GROUP.exec(text.slice(at, at + 8))?.[1];
  if (stem && !isCommonWord(stem) && posTag(stem).every(({ tag }) => tag.startsWith('n') || tag === 'x' || tag === 'eng') && !sectorWord(stem)) {
    const marked: PlaceMention = { kind: 'place', surface: stem, start: at, end: at + stem.length };
    const end = at + text.slice(at + stem.length).search(/代表团|组/u) + stem.length + (text.startsWith('代表团', at + stem.length) ? 3 : 1);
    return {
      start: position,
      end,
      place: marked,
      delegation: text.startsWith('代表团', at + stem.length) ? text.slice(at, end) : delegation,
      group: text.slice(at, end),
    };
  }
  const label = GROUP_LABEL.exec(text.slice(at, at + 12));
  if (label) return { start: position, end: at + label[0].length, place: null, delegation, group: label[0] };
  return written ? { start: position, end: at, place: null, delegation: written, group: null } : null;
}

// 巴城组 in an article whose place is unknown: a group marker makes any township's short form readable
function groupPlaceAt(text: string, position: number, gazetteer: Gazetteer): PlaceMention | null {
  const surface = gazetteer.surfaceAt(text, position, { townsIn: 'anywhere' });
  if (!surface) return null;
  const end = position + surface.length;
  const afterNote = PARENTHETICAL.exec(text.slice(end, end + 12))?.[0].length ?? 0;
  return GROUP_MARKERS.some((marker) => text.startsWith(marker, end + afterNote)) ? { kind: 'place', surface, start: position, end } : null;
}

// 听取了两镇, 区委区: what stands before an unknown place's suffix must read as a name, not a clause
function plausibleStem(surface: string): boolean {
  const stem = surface.replace(SUFFIX_AT_END, '');
  if (/^[区县市省镇乡]|[委党政府了的]$/u.test(stem)) return false;
  // 人口大镇, 工作重镇, 开江首位镇, 贡茶古镇: a town described (or a scenic spot), not named
  if (/(?:大|重|强|名|首位|中心|特色|小|古)$/u.test(stem)) return false;
  // 郑宅、岩头两个乡镇: a count of towns, not a town
  if (/(?:两|几|多|[一二三四五六七八九十])个/u.test(stem)) return false;
  return posTag(stem).every(({ word, tag }) => word.length === 1 || /^(?:n|ns|nz|nr|nrt|nrfg|j|x|m|s|f)$/.test(tag));
}

// a surface only counties, cities or provinces carry (安徽, 利辛县)
/** True when every place the surface can name lies above the townships (a county, a city): never a town itself. */
export function aboveTownship(surface: string, gazetteer: Gazetteer): boolean {
  const candidates = gazetteer.candidates(surface);
  return candidates.length > 0 && candidates.every((entry) => !LOCAL_KINDS.has(entry.kind));
}

// towns, subdistricts and zones the gazetteer knows: the places a company's name can locate it in
// (苏州水乡文化旅游有限公司 would otherwise read as a 乡 called 苏州水乡)
function isLocal(surface: string, gazetteer: Gazetteer): boolean {
  const kind = gazetteer.lookup(surface)?.kind;
  return (kind !== undefined && LOCAL_KINDS.has(kind)) || LOCAL_SURFACE.test(surface);
}
