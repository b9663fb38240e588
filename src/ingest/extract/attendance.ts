import type { Gazetteer } from '../gazetteer.js';
import type { Unit } from '../split.js';
import type { MeetingMention, PersonMention } from './mentions.js';
import { aboveTownship, placeAt, places, samePlace, type PlaceItem } from './places.js';

/** Who went where, as one sentence says it; turned into ATTENDED drafts by the discourse walk. */
export interface Attendance {
  persons: PersonMention[];
  /** visited places or meeting groups; empty when the persons joined whatever is going on (参加审议) */
  items: PlaceItem[];
  role: string;
  /** 分别 was written (A、B分别参加X组、Y组): the i-th person went to the i-th item only */
  paired: boolean;
  /** a meeting named right after the verb (出席昆山市第十八届…会议) */
  meeting: MeetingMention | null;
  /** a part in the session itself (主持, 在主席台就座, 作报告): it attends the session being reported, or nothing */
  sessionOnly?: boolean;
  /** the part is chairing (主持会议): in a group's own meeting, the chair sits in the group */
  chairs?: boolean;
  /** 参加活动: joining whatever is under way, which counts only when that is a tour of towns */
  joinsTour?: boolean;
  /** the persons escort the visitor (在…的陪同下): they go where the visit goes, without leading it */
  escorting?: boolean;
  /** the person leads a visiting group (率调研组) whose stops come in later sentences: the visitor of the scene */
  leadsGroup?: boolean;
  /** a body organised the visit (人大常委会组织代表到…): its stops are the tour's, and those said to take part join them */
  unled?: boolean;
}

// 县人大常委会组织…人大代表到芭蕉镇、水坝塘镇、狮溪镇就…开展专题调研: a visit with a body, not a person, as its subject
const ORGANIZED_VISIT = /(?:组织|安排)[^。;,]{0,60}?(?:到|赴|前往|深入到?|走进)(?=[^。;]{0,12}?(?:镇|乡|街道|苏木))/u;

// 率调研组, 带队: the words before the verb that make the subject the leader of a visiting group
const LEADS = /率队|带队|率|带领|率领/u;

// 在云浮市委常委、常务副市长陈子季,副市长…黄泽寰等领导的陪同下到六都镇调研: the escorts, however many, sit between 在 and 陪同下
const ESCORTED_AFTER = /^(?:一行|等)?在([^。;]{2,200}?)的?陪同下,?/u;
// 在县委书记王五的陪同下,张三来到…: the escorts written before the visitor
const ESCORTED_BEFORE = /在([^。;]{2,200}?)的?陪同下,?$/u;

// what may stand between the subject and the verb: 一行, 率…代表团, 在…陪同下, and adverbs such as 先后/分别
const BEFORE_VERB =
  /^(?:(?:书记|主任|市长|县长|区长|旗长|主席|部长|局长|委员|代表)?(?:一行|同志)|等(?:[省市区县州旗]?(?:领导|人大代表|政协委员|代表|委员)(?:同志)?|同志|[^,。;]{1,12}?(?:代表团|代表组|组)成员)?|同志)?(?:(?:[及和等]|,)[^,。;]{0,20}?(?:负责同志|负责人|同志|人员|干部|领导|代表|委员)等?)?(?:以[^,。;]{0,8}?身份)?(分别|先后)?(?:率队|带队|(?:率|带领|率领)[^,。;]{0,30}?(?:代表团|考察团|调研组|工作组|督导组|一行|等|负责人|负责同志|人员|干部|常委|委员|部门|单位)(?:等)?(?:一行)?(?:,|(?=(?:先后|分别|一同|一起|共同|专程|实地|再次|又|还)*(?:来到|到|赴|前往|深入|走进|调研|视察|考察|督导|走访))))?(?:在[^,。;]{0,20}?(?:陪同下|之后|后|时|期间),?)?((?:先后|分别|一同|一起|共同|首先|随后|接着|还|也|又|再次|专程|实地|重点|轻车简从|冒雨|冒着[^,。;]{1,6}?|随机|以[^,。;]{1,8}?(?:方式|形式))*)/u;
// 在参加…审议时: the verb right after 在 is the attendance itself, not an adverbial
const AT_VERB = /^在(?=参加|列席|出席|调研|视察|考察|走访|督导|督查|宣讲)/u;
const VERB =
  /^(?:来到|走进|深入到|深入|前往|赴|莅临(?:指导)?|到会(?:指导)?|到|来(?=[^,。;]{1,8}?(?:镇|乡|街道|苏木|开发区))|参加了?|参与了?|列席了?|出席了?|(?:调研|视察|走访|考察|督导|督查|宣讲|察看|查看)了?|陪同)/u;
// 到包联的东关街道, 来到所在的闻喜代表团: the leader's assigned town or own group, named by that tie before its name
const ASSIGNED = /^(?:其|他|她|自己)?(?:包联|联系|挂钩|挂点|包抓|分包|蹲点|所在)的?/u;
// 在第五代表团陆家组审议时: sitting in a group's review is attending it
const GROUP_WORK = /^(?:的[^,。;]{0,8}?(?:代表|委员)们?)?(?:一同|一起|共同)?(?:继续)?(?:审议|讨论)/u;
// …郑建华等,与文成代表团的其他代表一同审议: what may stand between a list of names and 与/在
const LEAD = /^(?:等|一行)?,?((?:分别|先后|一同|一起)?)/u;
// 随后来到…, 当日,调研组先后到…: the visit goes on with no person named (the group is the leader's)
const SUBJECTLESS_VISIT =
  /^(?:(?:随后|接着|之后)?,?(?:来到|走进)|(?:他|她)(?:首先|先后|随后|接着|又|还|再)*(?:来到|走进|前往|深入到?|赴)|(?:当日|当天|随后|接着|之后|最后)?(?:上午|下午|晚上)?,?(?:调研组|调研团队?|督导组|督查组|考察组|考察团|检查组|视察组)(?:一行)?(?:先后|分别|还|又|随后|再)*(?:来到|走进|到|深入到?|前往|赴))/u;
const JOINS_SUBJECTS = /^[、和与及]?$/u;
// 在主席台就座, 主持大会, 宣布大会开幕, 代表县政府向大会作政府工作报告: a part in the session
const SESSION_ROLE =
  /^(?:在主席台(?:前排)?就座|(?:宣布)?[^,。;]{0,6}?(?:大会|会议)[^,。;]{0,4}?开幕|主持(?:第[一二三四五]阶段)?(?:大会|会议|开幕式|闭幕式|全体会议)|主持(?=[。,;]|$)|(?:代表[^,。;]{0,10}?)?向大会(?:作|做)[^,。;]{0,14}?报告|(?:作|做)[^,。;]{0,10}?工作报告|(?:镇长|乡长|县长|区长|市长|主任|主席)?(?:代表[^,。;]{0,10}?)?所(?:作|做)的[^,。;]{0,12}?报告)/u;
// 在主席台就座的还有彭润金、贾超锋等县领导: the part in the session written before the names
// 大会的执行主席是:刘志寰、张德…: the executive chairs of a sitting are part of it too
const ON_ROSTRUM_BEFORE = /(?:在主席台(?:前排|上)?就座的(?:还|也)?有|执行主席(?:是|为|有)?:?)$/u;
const WITH_DELEGATES = /^[和与][^,。;]{0,16}?(?:代表|委员)们?(?:一同|一起|共同)[^。;]{0,60}?(?:讨论|审议)/u;
const ATTRIBUTIVE = /^(?:调研|视察|考察|走访|慰问|检查)[^,。;]{0,12}?时的/u;
const BODY_BEFORE_GROUPS = /^(?:[省市区县]?(?:人大|政协))(?=\p{Script=Han})/u;
const CONTINUED_VISIT = /[,;](?:并|又|还|随后|接着|之后|然后)(?:又|还|先后|再)?(?:来到|到|赴|前往|走进|深入到?)/gu;
const TOWNSHIP_SURFACE = /(?:镇|乡|街道|苏木|办事处)$/u;
const DELEGATES_OF = /^的[^,。;]{0,6}?(?:代表|委员)/u;
const NOT_ATTENDANCE = /^(?:了|此次|本次|上述)?(?:活动|看望|慰问|接见|会见|合影|颁奖|签约|仪式|开幕式)/u;
const ROLE_BY_VERB: Record<string, string> = {
  列席: '列席',
  列席了: '列席',
  出席: '出席',
  出席了: '出席',
  视察: '视察',
  视察了: '视察',
  陪同: '参加',
  到会: '出席',
  到会指导: '出席',
  莅临指导: '出席',
  参与: '参加',
  参与了: '参加',
};

/**
 * Reads the attendance formulas of a sentence: [titles] NAME(、NAME…) [分别|先后] VERB [meeting]
 * [places or groups], and the subject-less 来到X组 that continues the previous visitor's tour.
 * The role comes from the verb: 列席/出席/视察 as written, groups of a meeting 参加, places 调研.
 */
export function attendance(text: string, unit: Unit, persons: PersonMention[], meetings: MeetingMention[], gazetteer: Gazetteer): Attendance[] {
  const found: Attendance[] = [];
  const escortSpans: [number, number][] = [];
  for (const subject of subjectGroups(text, persons)) {
    const last = subject[subject.length - 1];
    if (!last || escortSpans.some(([start, end]) => subject[0]!.start >= start && last.end <= end)) continue;
    const after = ESCORTED_AFTER.exec(text.slice(last.end, unit.end));
    const before = after ? null : ESCORTED_BEFORE.exec(text.slice(unit.start, subject[0]!.start));
    const from = last.end + (after?.[0].length ?? 0);
    const formula = verbPhrase(text, from, unit.end, meetings, gazetteer);
    if (formula) found.push({ persons: subject, ...formula });
    const span: [number, number] | null = after ? [last.end, from] : before ? [unit.start + before.index, subject[0]!.start] : null;
    const escorts = span ? persons.filter((person) => person.start >= span[0] && person.end <= span[1]) : [];
    if (formula && span && escorts.length > 0 && formula.items.length > 0) {
      escortSpans.push(span);
      found.push({ persons: escorts, ...formula, role: '参加', paired: false, escorting: true });
    }
    if (formula) continue;
    if (ON_ROSTRUM_BEFORE.test(text.slice(unit.start, subject[0]?.start ?? unit.start)))
      found.push({ persons: subject, items: [], role: '出席', paired: false, meeting: null, sessionOnly: true });
  }
  const organized = found.length === 0 ? ORGANIZED_VISIT.exec(unit.text) : null;
  if (organized) {
    const at = unit.start + organized.index + organized[0].length;
    const items = places(text, at, gazetteer).filter((item) => item.place && item.group === null);
    if (items.length > 0) found.push({ persons: [], items, role: '调研', paired: false, meeting: null, unled: true });
  }
  const leading = SUBJECTLESS_VISIT.exec(unit.text);
  if (leading) {
    const at = unit.start + leading[0].length;
    const direct = places(text, at, gazetteer);
    const items = direct.length > 0 ? direct : townshipsUpToDengdi(text, at, unit.end, gazetteer);
    const named = persons.filter((p) => p.start >= (items[items.length - 1]?.end ?? unit.end));
    if (items.length > 0) found.push({ persons: named.slice(0, 1), items, role: roleFor('来到', items, text), paired: false, meeting: null });
  }
  return found;
}

// names joined by 、/和 (or glued, as headlines write them) act together; so do titled names
// separated by a comma (市委书记张三,市委副书记、市长李四参加…), the comma keeping the title lists apart
function subjectGroups(text: string, persons: PersonMention[]): PersonMention[][] {
  const groups: PersonMention[][] = [];
  for (const person of persons) {
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    const titled = previous !== undefined && person.titleStart > previous.end;
    const gap = previous ? text.slice(previous.end, titled ? person.titleStart : person.start) : '';
    if (current && previous && (JOINS_SUBJECTS.test(gap) || (titled && gap === ','))) current.push(person);
    else groups.push([person]);
  }
  return groups;
}

// what follows the subject: adverbials, the verb, and the places or groups it takes
function verbPhrase(text: string, from: number, limit: number, meetings: MeetingMention[], gazetteer: Gazetteer): Omit<Attendance, 'persons'> | null {
  const before = BEFORE_VERB.exec(text.slice(from, limit));
  // 分别带队赴…: the adverb may come before 带队 as well as before the verb
  const adverbs = (before?.[1] ?? '') + (before?.[2] ?? '');
  // 在巴城组参加审议 / 与第二代表团巴城组代表一同审议: the groups come before the verb, or stand for it
  const leading = LEAD.exec(text.slice(from, limit));
  const lead = leading?.[0].length ?? 0;
  const preposed = /^[在与]/u.test(text[from + lead] ?? '') ? groupsAfterMeeting(text, from + lead + 1, meetings, gazetteer) : null;
  const inGroups = preposed !== null && preposed.items.some((item) => item.group !== null);
  if (inGroups && (text[from + lead] === '与' || GROUP_WORK.test(text.slice(preposed.end, limit))))
    return { ...preposed, role: '参加', paired: leading?.[1] === '分别' };
  const adverbial = AT_VERB.test(text.slice(from, from + 3)) ? 1 : (before?.[0].length ?? 0);
  const verbAt = preposed && preposed.items.length > 0 ? preposed.end : from + adverbial;
  const verb = VERB.exec(text.slice(verbAt, limit))?.[0];
  if (!verb) {
    // …胡剑和我县代表团代表一同对…进行了充分酝酿讨论: discussing with the delegates is sitting with them
    if (WITH_DELEGATES.test(text.slice(from, limit))) return { items: [], role: '参加', paired: false, meeting: null };
    const session = SESSION_ROLE.exec(text.slice(from + (before?.[0].length ?? 0), limit));
    return session ? { items: [], role: '出席', paired: false, meeting: null, sessionOnly: true, chairs: session[0].startsWith('主持') } : null;
  }
  const objectAt = verbAt + verb.length + (ASSIGNED.exec(text.slice(verbAt + verb.length, limit))?.[0].length ?? 0);
  const named = preposed && preposed.items.length > 0 ? preposed : groupsAfterMeeting(text, objectAt, meetings, gazetteer);
  const { meeting } = named;
  const delegation = named.items[named.items.length - 1]?.delegation ?? null;
  const joined = groupsJoined(text, named.end, limit, gazetteer).map((item) => ({ ...item, delegation: item.delegation ?? delegation }));
  const stops = [...named.items, ...joined, ...moreStops(text, named, limit, gazetteer)];
  const items = [...stops, ...laterStops(text, stops, limit, gazetteer)];
  // 省委书记王宁到昭通调研时的指示: a visit named as the time of something else is reported, not happening here
  if (items.length > 0 && ATTRIBUTIVE.test(text.slice(items[items.length - 1]!.end, limit))) return null;
  // 副县长张恒刚、蔺森山一同调研: with no place of its own, a visit made together joins the visit under way
  const joinsVisit = items.length === 0 && /一同|一起|共同/u.test(adverbs) && ['调研', '视察', '考察', '走访'].includes(verb);
  // 廖长友率调研组,实地调研…: the leader of a visiting group, whose stops the group's sentences name next
  if (items.length === 0 && !meeting && LEADS.test(before?.[0] ?? '') && ['调研', '视察', '考察', '督导', '督查', '走访'].includes(verb))
    return { items, role: '调研', paired: false, meeting, leadsGroup: true };
  if (
    items.length === 0 &&
    !meeting &&
    !joinsVisit &&
    !['参加', '参加了', '参与', '参与了', '列席', '列席了', '出席', '出席了', '陪同', '到会', '到会指导', '莅临', '莅临指导'].includes(verb)
  )
    return null;
  // 参加活动, 参加看望: joining a greeting or an event is not sitting in a group or going on a visit
  if (items.length === 0 && !meeting && NOT_ATTENDANCE.test(text.slice(verbAt + verb.length, limit))) {
    // 赴上街镇、大湖乡调研…县领导林巍、林小迓参加活动: the event is the tour
    return /^(?:此次|本次|上述)?活动/u.test(text.slice(verbAt + verb.length, limit)) ? { items, role: '参加', paired: false, meeting, joinsTour: true } : null;
  }
  return { items, role: roleFor(joinsVisit ? '陪同' : verb, items, text), paired: adverbs.includes('分别'), meeting };
}

// 来到市十八届人大三次会议(的)第三代表团花桥组: a meeting named before the groups is the one they belong to
function groupsAfterMeeting(
  text: string,
  at: number,
  meetings: MeetingMention[],
  gazetteer: Gazetteer,
): { items: PlaceItem[]; meeting: MeetingMention | null; end: number } {
  // 参加了人大塘下代表团…: the body the groups belong to may be named before them
  // 来到参加市三届人大六次会议的川汇区代表团: the groups may be named by the session their delegates attend
  const attending = /^(?:参加|出席)/u.test(text.slice(at, at + 2)) && meetings.some((m) => m.start === at + 2) ? 2 : 0;
  const body = attending || (BODY_BEFORE_GROUPS.exec(text.slice(at, at + 6))?.[0].length ?? 0);
  const meeting = meetings.find((m) => m.start === at + body) ?? null;
  const start = meeting ? (text[meeting.end] === '的' ? meeting.end + 1 : meeting.end) : at + body;
  const items = places(text, start, gazetteer);
  return { items, meeting, end: items[items.length - 1]?.end ?? start };
}

// 来到第六代表团,与周庄组、锦溪组代表一同审议: the groups the visitor sat with follow the verb's object
// …与来自月田镇、毛田镇的人大代表们一起审议: a numbered delegation's towns, named by where its delegates come from
function groupsJoined(text: string, at: number, limit: number, gazetteer: Gazetteer): PlaceItem[] {
  const joined = /^,?与(来自)?/u.exec(text.slice(at, limit));
  if (!joined) return [];
  const items = places(text, at + joined[0].length, gazetteer);
  const last = items[items.length - 1];
  if (joined[1] && last && DELEGATES_OF.test(text.slice(last.end, limit)))
    return items.map((item) => ({ ...item, group: item.group ?? item.place?.surface ?? null }));
  return items.every((item) => item.group !== null) ? items : [];
}

// 先后到张坊镇李兵马村、…龙桑寺镇刘集村,、沙河镇金沙绿港田园综合体…: a tour's stops listed with their
// villages and firms; every later item of the clause that opens on a township is a stop too
function moreStops(text: string, named: { items: PlaceItem[]; end: number }, limit: number, gazetteer: Gazetteer): PlaceItem[] {
  const first = named.items[0]?.place;
  if (!first || named.items.some((item) => item.group !== null) || !TOWNSHIP_SURFACE.test(first.surface)) return [];
  const clauseEnd = text.slice(named.end, limit).search(/[。;]|,(?:向|并|就|详细|深入|实地|察看|了解|调研)/u);
  const end = clauseEnd < 0 ? limit : named.end + clauseEnd;
  const after = [...text.slice(named.end, end).matchAll(/[、,]+|和/gu)].map((separator) => named.end + separator.index + separator[0].length);
  return newTownships(text, after, named.items, gazetteer);
}

// 到禹谟镇…调研,并到岩孔街道…调研: a clause that goes on with no subject of its own goes on with the same visit
function laterStops(text: string, stops: PlaceItem[], limit: number, gazetteer: Gazetteer): PlaceItem[] {
  const last = stops[stops.length - 1];
  if (!last || stops.some((item) => item.group !== null || !item.place || !TOWNSHIP_SURFACE.test(item.place.surface))) return [];
  const after = [...text.slice(last.end, limit).matchAll(CONTINUED_VISIT)].map((clause) => last.end + clause.index + clause[0].length);
  return newTownships(text, after, stops, gazetteer);
}

// the townships that start at these positions, each once and none of those already seen
function newTownships(text: string, positions: number[], seen: PlaceItem[], gazetteer: Gazetteer): PlaceItem[] {
  const found: PlaceItem[] = [];
  for (const at of positions) {
    const place = placeAt(text, at, gazetteer);
    const known = [...seen, ...found].map((item) => item.place);
    if (place && TOWNSHIP_SURFACE.test(place.surface) && !known.some((k) => k && samePlace(k.surface, place.surface, gazetteer))) {
      found.push({ start: at, end: place.end, place, delegation: null, group: null });
    }
  }
  return found;
}

// 先后到市城区新裕丰市场,兴宾区良江镇集镇、良江镇龙安村,良塘镇集镇…等地: stops listed up to 等地, not all of them
// places; every piece that opens on a township (the most local, so 良江镇 of 兴宾区良江镇) is one. Up to 等乡镇
// (前往县城区和龙井、龙塘、坪地场等乡镇) the list itself says its pieces are townships, so short forms count too
function townshipsUpToDengdi(text: string, from: number, limit: number, gazetteer: Gazetteer): PlaceItem[] {
  const ending = UP_TO_DENGDI.exec(text.slice(from, limit));
  if (!ending || /[。;]/u.test(text.slice(from, from + ending.index))) return [];
  const end = from + ending.index;
  const starts = [from, ...[...text.slice(from, end).matchAll(/[、,和]/gu)].map((separator) => from + separator.index + 1)];
  if (ending[0] === '等地') return newTownships(text, starts, [], gazetteer);
  return starts.flatMap((at) => {
    const place = placeAt(text, at, gazetteer);
    const whole = place && (place.end === end || /^[、,和]/u.test(text[place.end] ?? ''));
    return place && whole && !aboveTownship(place.surface, gazetteer) ? [{ start: at, end: place.end, place, delegation: null, group: null }] : [];
  });
}

const UP_TO_DENGDI = /等(?:地|乡镇街道|乡镇|镇街|镇|乡|街道)/u;

// the contract's roles: 列席/出席/视察 as written, a meeting group 参加, a place visited 调研
function roleFor(verb: string, items: PlaceItem[], text: string): string {
  const written = ROLE_BY_VERB[verb];
  if (written) return written;
  if (items.length === 0 || items.some((item) => item.group !== null || (item.place === null && item.delegation !== null))) return '参加';
  const after = text.slice(items[items.length - 1]?.end ?? 0);
  return verb.startsWith('参加') ? '参加' : after.startsWith('视察') ? '视察' : '调研';
}
