import type { Gazetteer } from '../gazetteer.js';
import type { Unit } from '../split.js';
import { attendance } from './attendance.js';
import type { DateMention } from './dates.js';
import type { Draft, MeetingMention, PersonMention, PhraseMention, PlaceMention, Span } from './mentions.js';
import { groupsIn, placeAt, places, samePlace, type PlaceItem } from './places.js';
import { attend } from './attend.js';
import { addPoint, closeRemarks, remarks } from './remarks.js';
import { placeLevel } from './placeLevel.js';
import { moveTo, scene as emptyScene, sceneDate, type Scene } from './scene.js';
import { speaksAsLeader } from './speakerRole.js';
import { speech, type SpeechAct } from './speech.js';
import { extendTour } from './tour.js';
import { isMemberTitle } from './titles.js';
import { dropTourContainers } from './tourContainers.js';
import { townMeeting } from './townMeeting.js';

interface DiscourseInput {
  text: string;
  units: Unit[];
  persons: PersonMention[];
  meetings: MeetingMention[];
  phrases: PhraseMention[];
  dates: DateMention[];
  gazetteer: Gazetteer;
}

// delegates talking among themselves (outside a leader's remarks): what they raise belongs to their town group
const DELEGATES = /代表们|委员们|与会代表|与会委员|大家/u;
const RAISING = /围绕|就|提出|建议|发言|讨论|谈|建言|表示|认为/u;
// 镇党委书记陈建明 names no town: it is the town the sentence is in
const LOCAL_TITLE = /^(?:镇|乡|街道)/u;
// 在七都镇, / 在七都镇调研时, : the place opens the sentence as its setting
// …or a site in it (在董场镇双河村, / 在宋村镇人大代表联络站,), or a meeting held there (在宋村镇召开的…座谈会上,)
const TOWNSHIP = /(?:镇|乡|街道|苏木)$/u;
const SINCE = /^(?:闭会)?(?:以来|以后|之后|结束后)/u;
const INTERVIEW = /接受[^,。;]{0,12}?(?:采访|专访)/u;
const LOCATIVE_END = /^(?:\p{Script=Han}{1,12}?)?(?:(?:召开|举行)的[^,。;]{0,40}?(?:会上|会议上|会中)|调研|视察|考察|走访)?(?:时|期间|过程中|中)?,/u;
// 调研中,X强调…: remarks made during the tour, once its stops are reported, speak to every place it reached
const TOUR_RECAP = /^在?(?:调研|视察|考察|走访|检查)(?:中|时|期间|过程中|结束时|结束后)/u;
// numbered points (一是…, 第一,, (一)) carry remarks over into new paragraphs, as bullets do
const ENUMERATED =
  /^(?:[一二三四五六七八九十]+是|首先|其次|最后|第[一二三四五六七八九十]+[,、]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[0-9]+[.、])/u;

/**
 * Walks the sentences in order, keeping a scene (meeting, visitor, towns, current speaker) so that
 * a leader's 指出/强调 carries over to the following ● points until another speaker or place takes
 * over; emits ATTENDED, DIRECTED and MENTIONS drafts with the sentence as evidence.
 */
export function discourse(input: DiscourseInput): Draft[] {
  const { text, units, gazetteer } = input;
  const titlesByName = new Map<string, string[]>();
  for (const person of input.persons) titlesByName.set(person.name, [...(titlesByName.get(person.name) ?? []), ...person.titles]);
  const scene = emptyScene();
  const drafts: Draft[] = [];
  let paragraph = -1;
  for (const unit of units) {
    const within = <T extends Span>(list: T[]): T[] => list.filter((m) => m.start >= unit.start && m.end <= unit.end);
    const persons = within(input.persons);
    if (unit.paragraph !== paragraph) startParagraph(scene, unit, input.dates, drafts, paragraph < 0);
    paragraph = unit.paragraph;
    // 县政协十四届四次会议以来: a session named as a point in the past is not the one going on
    scene.meeting =
      within(input.meetings)
        .filter((m) => !SINCE.test(text.slice(m.end, m.end + 4)))
        .at(-1) ?? scene.meeting;
    // 郭大进表示,省委书记王宁到昭通调研…: a visit inside someone's words is reported, not happening
    const said = speech(text, unit, persons);
    const host = townMeeting(text, unit, input.meetings, gazetteer);
    if (host) {
      closeRemarks(scene, drafts);
      moveTo(scene, [host], true, null);
      scene.ownMeeting = true;
    }
    const visits = attendance(text, unit, persons, input.meetings, gazetteer).filter(
      (visit) => !said || visit.persons.every((p) => p.start < said.contentStart),
    );
    for (const visit of visits) attend(scene, visit, unit, drafts, gazetteer);
    if (visits.length === 0) {
      recapTour(scene, unit, drafts);
      openOnPlace(scene, unit, text, persons, gazetteer, drafts);
    }
    for (const person of persons) if (LOCAL_TITLE.test(person.titles[0] ?? '') && scene.towns.length === 1) person.localTown = scene.towns[0];
    const members = persons.filter(isMember);
    // 代表吴仕明在接受记者采访时表示: a delegate talking to the press is not sitting in the group
    const interviewed = INTERVIEW.test(unit.text);
    if (!interviewed) for (const member of members) memberAttends(scene, member, unit, drafts);
    const act = speech(text, unit, persons);
    const delegatesTalk = DELEGATES.test(unit.text) || members.length > 0;
    if (act) speak(scene, act, unit, { text, gazetteer, titlesByName, drafts, persons: input.persons, interviewed });
    else if (!scene.remarks && visits.length === 0 && delegatesTalk && RAISING.test(unit.text)) scene.discussion = true;
    const contentStart = act ? act.contentStart : unit.start;
    const words = text.slice(contentStart, unit.end).trim();
    if (scene.remarks && words && (act || visits.length === 0)) addPoint(scene.remarks, unit, words);
    for (const phrase of within(input.phrases).filter((p) => p.start >= contentStart)) mention(scene, phrase, unit, drafts);
  }
  closeRemarks(scene, drafts);
  return dropTourContainers(drafts, gazetteer);
}

// a visiting leader's 指出/强调 opens remarks; a delegate's words join the group's discussion;
// 他/她 is whoever is speaking already (A指出…。他强调…), else the visitor of the scene
function speak(
  scene: Scene,
  act: SpeechAct,
  unit: Unit,
  walk: { text: string; gazetteer: Gazetteer; titlesByName: Map<string, string[]>; drafts: Draft[]; persons: PersonMention[]; interviewed: boolean },
): void {
  const named = act.speaker;
  const current = act.surname ? byOffice(act.surname, scene, walk.persons) : (scene.remarks?.speaker ?? scene.actor);
  const speaker = !named ? (current ?? null) : named.name === scene.actor?.name ? scene.actor : named;
  if (!speaker) return;
  closeRemarks(scene, walk.drafts);
  if (speaksAsLeader(speaker, scene.actor, scene.towns, walk.titlesByName, walk.gazetteer)) {
    const towns =
      scene.towns.length > 0 ? addressedTowns(walk.text, act.contentStart, scene.towns, walk.gazetteer) : groupRevealed(scene, speaker, act, unit, walk);
    // 大雪山代表团…讨论, 会上,杨世年县长…提出: a leader speaking in a group's report sat in that group
    if (scene.townsAreGroups && named) sitsInGroups(scene, speaker, unit, walk.drafts);
    scene.remarks = remarks(speaker, towns, unit);
    scene.discussion = false;
  } else if (!walk.interviewed) {
    memberAttends(scene, speaker, unit, walk.drafts);
    scene.discussion = true;
  }
}

// 赵书记要求: the leader speaking or visiting when the surname fits, else the one leader of that surname the article names
function byOffice(surname: string, scene: Scene, persons: PersonMention[]): PersonMention | undefined {
  const current = [scene.remarks?.speaker, scene.actor].find((person) => person?.name.startsWith(surname));
  if (current) return current;
  const leaders = persons.filter((person) => person.name.startsWith(surname) && person.titles.some((title) => !isMemberTitle(title)));
  return new Set(leaders.map((leader) => leader.name)).size === 1 ? leaders[0] : undefined;
}

// 参加…第二、第四代表团…审议 then 谈到,普安镇作为…: remarks to a town, by someone sitting in numbered
// groups of a session, say which group was that town's; the speaker sat in it
// (胡宝锋参加第九代表团和第十二代表团审议 names no session, and the groups alone say the speaker sat there)
function groupRevealed(
  scene: Scene,
  speaker: PersonMention,
  act: SpeechAct,
  unit: Unit,
  walk: { text: string; gazetteer: Gazetteer; drafts: Draft[] },
): PlaceMention[] {
  const listed = places(walk.text, act.contentStart, walk.gazetteer).flatMap((item) =>
    item.place && (TOWNSHIP.test(item.place.surface) || placeLevel(item.place, walk.gazetteer) === 'township') ? [item.place] : [],
  );
  const sessions = walk.drafts.filter((d) => d.type === 'ATTENDED' && d.to.kind === 'meeting' && d.from.kind === 'person' && d.from.name === speaker.name);
  const inNumberedGroup = scene.actor?.name === speaker.name && scene.delegation !== null && scene.towns.length === 0;
  if (listed.length === 0 || (sessions.length === 0 && !inNumberedGroup)) return [];
  const meeting = (sessions[0]?.to as MeetingMention | undefined) ?? null;
  for (const town of listed) {
    walk.drafts.push({
      type: 'ATTENDED',
      from: speaker,
      to: town,
      evidence: { start: unit.start, end: unit.end },
      properties: { role: '参加', delegation: scene.delegation, date: scene.date, dateSource: scene.dateSource },
      meeting,
    });
  }
  return listed;
}

// a new non-bullet paragraph ends remarks (unless it is a numbered point); a leading date starts a new event
function startParagraph(scene: Scene, unit: Unit, dates: DateMention[], drafts: Draft[], first: boolean): void {
  if (unit.bullet || (scene.remarks && ENUMERATED.test(unit.text))) return;
  closeRemarks(scene, drafts);
  scene.discussion = false;
  const date = dates.find((d) => d.start === unit.start);
  if (date || first) {
    scene.actor = null;
    moveTo(scene, [], false, null);
    scene.date = date?.iso ?? null;
    scene.dateSource = date?.iso ? (date.hasYear ? 'text' : 'partial') : null;
    scene.tour = [];
    scene.escorts = [];
  }
}

// a recap sentence after several stops moves the scene back to all of them
function recapTour(scene: Scene, unit: Unit, drafts: Draft[]): void {
  if (scene.tour.length < 2 || !TOUR_RECAP.test(unit.text)) return;
  closeRemarks(scene, drafts);
  moveTo(scene, [...scene.tour], false, null);
}

// a sentence that opens on 在+place (在七都镇,) or names a meeting group (在巴城组, / …的第五代表团沙溪组代表…)
// moves the scene there: what follows is said at that place
function openOnPlace(scene: Scene, unit: Unit, text: string, persons: PersonMention[], gazetteer: Gazetteer, drafts: Draft[]): void {
  // 在七都镇, / 在与老河土镇领导班子座谈中, / 随后在大坡镇,
  const opening = /^(?:(?:随后|接着|之后|然后|最后),?)?在与?/u.exec(unit.text)?.[0].length ?? 0;
  const locative =
    opening > 0
      ? (placesUpToDengdi(text, unit, gazetteer) ?? townshipsBeforeVisitor(text, unit, persons, gazetteer) ?? places(text, unit.start + opening, gazetteer))
      : [];
  const afterLocative = locative[locative.length - 1]?.end ?? unit.start;
  const isLocative =
    locative.length > 0 && (LOCATIVE_END.test(text.slice(afterLocative, afterLocative + 60)) || sitesThenVisitor(text, locative, unit, persons));
  const items = isLocative ? locative : groupsIn(text, unit.start, unit.end, gazetteer);
  const towns = items.flatMap((item) => (item.place ? [item.place] : []));
  // 在第一代表团,区委书记巫敏认真聆听…: a numbered delegation names no place, but whoever sits there attends the session
  if (towns.length === 0 && isLocative && scene.meeting && items.some((item) => item.delegation !== null)) {
    for (const person of persons.filter((p) => !isMember(p))) {
      drafts.push({
        type: 'ATTENDED',
        from: person,
        to: scene.meeting,
        evidence: { start: unit.start, end: unit.end },
        properties: { role: '参加', delegation: items[0]!.delegation, date: scene.date, dateSource: scene.dateSource },
        meeting: null,
      });
    }
  }
  if (towns.length === 0) return;
  closeRemarks(scene, drafts);
  const areGroups = items.some((item) => item.group !== null);
  if (!areGroups) extendTour(scene, towns, gazetteer, drafts);
  // 在李俊镇、望远镇,庄严实地走访…: the visitor, named in the sentence, went there (unless already said);
  // with no visitor yet, the one official the sentence names is the visitor
  const named = [...new Set(persons.filter((p) => !isMember(p)).map((p) => p.name))];
  if (isLocative && !areGroups && !scene.actor && named.length === 1) scene.actor = persons.find((p) => p.name === named[0]) ?? null;
  // 在袁驿镇驿园、竹风公园,察看…: on a tour, a place named with no person goes on with the visitor
  const onTour = persons.length === 0 && scene.tour.length > 0 && !scene.townsAreGroups ? (scene.actor ?? undefined) : undefined;
  const visitor = isLocative && !areGroups ? (persons.find((p) => p.name === scene.actor?.name) ?? onTour) : undefined;
  for (const town of visitor ? towns : []) {
    const known = drafts.some(
      (d) =>
        d.type === 'ATTENDED' &&
        d.from.kind === 'person' &&
        d.from.name === visitor!.name &&
        d.to.kind === 'place' &&
        samePlace(d.to.surface, town.surface, gazetteer),
    );
    if (!known)
      drafts.push({
        type: 'ATTENDED',
        from: scene.actor!,
        to: town,
        evidence: { start: unit.start, end: unit.end },
        properties: { role: '调研', delegation: null, date: scene.date, dateSource: scene.dateSource },
        meeting: null,
      });
  }
  moveTo(scene, towns, areGroups, items[0]?.delegation ?? null);
}

// 在明义乡团结村千亩玉米示范田、永昌村…,窦鹏辉细察…: a township's sites listed up to the comma, then the visitor
function sitesThenVisitor(text: string, locative: PlaceItem[], unit: Unit, persons: PersonMention[]): boolean {
  const first = locative[0]?.place;
  if (!first || !TOWNSHIP.test(first.surface)) return false;
  const comma = text.indexOf(',', first.end);
  if (comma < 0 || comma >= unit.end || /[。;]/u.test(text.slice(first.end, comma))) return false;
  return persons.some((person) => person.start === comma + 1) || /^(?:他|她)/u.test(text.slice(comma + 1, comma + 2));
}

// 在定日县曲当镇仁青林村、参木达村,措果乡野江村,昂仁县桑桑镇…等地: stops of a tour listed with their
// villages, up to 等地; each piece that opens on a place names one (the most local, so 曲当镇 of 定日县曲当镇)
function placesUpToDengdi(text: string, unit: Unit, gazetteer: Gazetteer): PlaceItem[] | null {
  const end = text.indexOf('等地', unit.start);
  if (end < 0 || end > unit.end || end - unit.start > 160) return null;
  const items = listedPlaces(text, unit.start + 1, end, gazetteer, () => true);
  return items.length > 0 ? endingAt(items, end + 2) : null;
}

// 在黎城县洪井镇北社村、元村,西井镇西井村,黄崖洞镇下赤峪村,陈望远走进…: townships with their villages,
// listed up to the comma before the visitor's name, are all stops of the tour
function townshipsBeforeVisitor(text: string, unit: Unit, persons: PersonMention[], gazetteer: Gazetteer): PlaceItem[] | null {
  const visitor = persons.find((person) => person.start > unit.start && text[person.start - 1] === ',');
  if (!visitor) return null;
  const items = listedPlaces(text, unit.start + 1, visitor.start - 1, gazetteer, (surface) => TOWNSHIP.test(surface));
  return items.length >= 2 ? endingAt(items, visitor.start - 1) : null;
}

// the place each 、/,-separated piece between `from` and `end` opens on, each place once
function listedPlaces(text: string, from: number, end: number, gazetteer: Gazetteer, keep: (surface: string) => boolean): PlaceItem[] {
  const items: PlaceItem[] = [];
  for (let at = from; at < end;) {
    const place = placeAt(text, at, gazetteer);
    if (place && keep(place.surface) && !items.some((item) => item.place && samePlace(item.place.surface, place.surface, gazetteer)))
      items.push({ start: at, end: place.end, place, delegation: null, group: null });
    const next = text.slice(at, end).search(/[、,]/u);
    at = next < 0 ? end : at + next + 1;
  }
  return items;
}

// the list's last item reaches to where the list ends, so what follows it reads as the clause's end
function endingAt(items: PlaceItem[], end: number): PlaceItem[] {
  const last = items[items.length - 1]!;
  return [...items.slice(0, -1), { ...last, end }];
}

// remarks that open on one of the visited towns (七都镇要…) are addressed to that town alone
function addressedTowns(text: string, contentStart: number, towns: PlaceMention[], gazetteer: Gazetteer): PlaceMention[] {
  const named = placeAt(text, contentStart, gazetteer);
  const addressed = named && towns.find((town) => samePlace(named.surface, town.surface, gazetteer));
  return addressed ? [addressed] : towns;
}

// 代表张三 / 委员李四: a titled delegate or member named at a session sits in it
function isMember(person: PersonMention): boolean {
  return person.titles.length > 0 && person.titles.every(isMemberTitle);
}

// the leader's seat in the groups being reported on, unless an attendance formula already gave it
function sitsInGroups(scene: Scene, speaker: PersonMention, unit: Unit, drafts: Draft[]): void {
  const seated = (town: PlaceMention): boolean =>
    drafts.some((d) => d.type === 'ATTENDED' && d.from.kind === 'person' && d.from.name === speaker.name && d.to === town);
  const properties = { role: '参加', delegation: scene.delegation, date: scene.date, dateSource: scene.dateSource };
  for (const town of scene.towns.filter((t) => !seated(t)))
    drafts.push({ type: 'ATTENDED', from: speaker, to: town, evidence: { start: unit.start, end: unit.end }, properties, meeting: scene.meeting });
}

// a delegate named or speaking in their group attended the group and the meeting it belongs to
function memberAttends(scene: Scene, member: PersonMention, unit: Unit, drafts: Draft[]): void {
  const evidence = { start: unit.start, end: unit.end };
  const properties = { role: '参加', delegation: scene.delegation, date: scene.date, dateSource: scene.dateSource };
  const groups: (PlaceMention | MeetingMention)[] = scene.townsAreGroups ? [...scene.towns] : [];
  if (scene.meeting) groups.push(scene.meeting);
  for (const group of groups) {
    drafts.push({ type: 'ATTENDED', from: member, to: group, evidence, properties, meeting: group.kind === 'place' ? scene.meeting : null });
  }
}

// remarks count as a mention where they were made at a town, on a tour or in a session the speaker
// attended; a greeting visit to delegates' hotel or a press statement is no such occasion
function speaksAtEvent(scene: Scene, drafts: Draft[]): boolean {
  const remarks = scene.remarks!;
  if (remarks.towns.length > 0 || scene.tour.length > 0) return true;
  return drafts.some((d) => d.type === 'ATTENDED' && d.from.kind === 'person' && d.from.name === remarks.speaker.name);
}

// a quote in a leader's remarks is theirs; in the delegates' discussion it is their town group's
function mention(scene: Scene, phrase: PhraseMention, unit: Unit, drafts: Draft[]): void {
  const evidence = { start: unit.start, end: unit.end };
  if (scene.remarks) {
    if (!speaksAtEvent(scene, drafts)) return;
    const town = scene.remarks.towns.length === 1 ? scene.remarks.towns[0] : null;
    drafts.push({ type: 'MENTIONS', from: scene.remarks.speaker, to: phrase, evidence, properties: { context: 'remarks', ...sceneDate(scene) }, town });
  } else if (scene.discussion) {
    for (const town of scene.towns)
      drafts.push({ type: 'MENTIONS', from: town, to: phrase, evidence, properties: { context: 'discussion', ...sceneDate(scene) } });
  }
}
