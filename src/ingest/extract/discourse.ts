import type { Gazetteer } from '../gazetteer.js';
import type { Unit } from '../split.js';
import { attendance } from './attendance.js';
import type { DateMention } from './dates.js';
import type { Draft, MeetingMention, PersonMention, PhraseMention, PlaceMention, Span } from './mentions.js';
import { groupsIn, placeAt, places, samePlace } from './places.js';
import { attend } from './attend.js';
import { addPoint, closeRemarks, remarks } from './remarks.js';
import { moveTo, scene as emptyScene, type Scene } from './scene.js';
import { speaksAsLeader } from './speakerRole.js';
import { speech, type SpeechAct } from './speech.js';
import { extendTour } from './tour.js';
import { isMemberTitle } from './titles.js';

export interface DiscourseInput {
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
const LOCATIVE_END = /^(?:调研|视察|考察|走访)?(?:时|期间|过程中|中)?,/u;
// 调研中,X强调…: remarks made during the tour, once its stops are reported, speak to every place it reached
const TOUR_RECAP = /^在?(?:调研|视察|考察|走访|检查)(?:中|时|期间|过程中|结束时|结束后)/u;
// numbered points (一是…, 第一,, (一)) carry remarks over into new paragraphs, as bullets do
const ENUMERATED = /^(?:[一二三四五六七八九十]+是|首先|其次|最后|第[一二三四五六七八九十]+[,、]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[0-9]+[.、])/u;

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
    scene.meeting = within(input.meetings).at(-1) ?? scene.meeting;
    const visits = attendance(text, unit, persons, input.meetings, gazetteer);
    for (const visit of visits) attend(scene, visit, unit, drafts, gazetteer);
    if (visits.length === 0) {
      recapTour(scene, unit, drafts);
      openOnPlace(scene, unit, text, gazetteer, drafts);
    }
    for (const person of persons) if (LOCAL_TITLE.test(person.titles[0] ?? '') && scene.towns.length === 1) person.localTown = scene.towns[0];
    const members = persons.filter(isMember);
    for (const member of members) memberAttends(scene, member, unit, drafts);
    const act = speech(text, unit, persons);
    const delegatesTalk = DELEGATES.test(unit.text) || members.length > 0;
    if (act) speak(scene, act, unit, { text, gazetteer, titlesByName, drafts });
    else if (!scene.remarks && visits.length === 0 && delegatesTalk && RAISING.test(unit.text)) scene.discussion = true;
    const contentStart = act ? act.contentStart : unit.start;
    const words = text.slice(contentStart, unit.end).trim();
    if (scene.remarks && words && (act || visits.length === 0)) addPoint(scene.remarks, unit, words);
    for (const phrase of within(input.phrases).filter((p) => p.start >= contentStart)) mention(scene, phrase, unit, drafts);
  }
  closeRemarks(scene, drafts);
  return drafts;
}

// a visiting leader's 指出/强调 opens remarks; a delegate's words join the group's discussion;
// 他/她 is whoever is speaking already (A指出…。他强调…), else the visitor of the scene
function speak(
  scene: Scene,
  act: SpeechAct,
  unit: Unit,
  walk: { text: string; gazetteer: Gazetteer; titlesByName: Map<string, string[]>; drafts: Draft[] },
): void {
  const named = act.speaker;
  const speaker = !named ? (scene.remarks?.speaker ?? scene.actor ?? null) : named.name === scene.actor?.name ? scene.actor : named;
  if (!speaker) return;
  closeRemarks(scene, walk.drafts);
  if (speaksAsLeader(speaker, scene.actor, scene.towns, walk.titlesByName, walk.gazetteer)) {
    scene.remarks = remarks(speaker, addressedTowns(walk.text, act.contentStart, scene.towns, walk.gazetteer), unit);
    scene.discussion = false;
  } else {
    memberAttends(scene, speaker, unit, walk.drafts);
    scene.discussion = true;
  }
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
function openOnPlace(scene: Scene, unit: Unit, text: string, gazetteer: Gazetteer, drafts: Draft[]): void {
  const locative = unit.text.startsWith('在') ? places(text, unit.start + 1, gazetteer) : [];
  const afterLocative = locative[locative.length - 1]?.end ?? unit.start;
  const isLocative = locative.length > 0 && LOCATIVE_END.test(text.slice(afterLocative, afterLocative + 8));
  const items = isLocative ? locative : groupsIn(text, unit.start, unit.end, gazetteer);
  const towns = items.flatMap((item) => (item.place ? [item.place] : []));
  if (towns.length === 0) return;
  closeRemarks(scene, drafts);
  const areGroups = items.some((item) => item.group !== null);
  if (!areGroups) extendTour(scene, towns, gazetteer, drafts);
  moveTo(scene, towns, areGroups, items[0]?.delegation ?? null);
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

// a delegate named or speaking in their group attended the group and the meeting it belongs to
function memberAttends(scene: Scene, member: PersonMention, unit: Unit, drafts: Draft[]): void {
  const evidence = { start: unit.start, end: unit.end };
  const properties = { role: '参加', delegation: scene.delegation, date: scene.date };
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
    drafts.push({ type: 'MENTIONS', from: scene.remarks.speaker, to: phrase, evidence, properties: { context: 'remarks' }, town });
  } else if (scene.discussion) {
    for (const town of scene.towns) drafts.push({ type: 'MENTIONS', from: town, to: phrase, evidence, properties: { context: 'discussion' } });
  }
}
