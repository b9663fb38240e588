import type { Gazetteer } from '../gazetteer.js';
import type { Unit } from '../split.js';
import type { Attendance } from './attendance.js';
import type { Draft, PersonMention } from './mentions.js';
import { closeRemarks } from './remarks.js';
import { placeLevel } from './placeLevel.js';
import { moveTo, type Scene } from './scene.js';
import { extendTour } from './tour.js';

/**
 * Turns one attendance formula into ATTENDED drafts (to each place and, for groups, to the meeting)
 * and moves the scene to the visited places: what follows is said there. When 分别 pairs unequal
 * lists, who sat where is unknown, and only the meeting is linked.
 */
export function attend(scene: Scene, visit: Attendance, unit: Unit, drafts: Draft[], gazetteer: Gazetteer): void {
  const persons = (visit.persons.length > 0 || visit.unled ? visit.persons : scene.actor ? [scene.actor] : []).map((person) =>
    continuingVisitor(person, scene.actor),
  );
  const meeting = visit.meeting ?? scene.meeting;
  const evidence = { start: unit.start, end: unit.end };
  const base = { role: visit.role, date: scene.date, dateSource: scene.dateSource };
  const units = delegations(visit.items);
  const paired = visit.paired && persons.length === units.length;
  if (visit.joinsTour && scene.tour.length === 0) return;
  if (visit.leadsGroup) {
    if (persons.length === 1) scene.actor = persons[0] ?? null;
    return;
  }
  // the escorts go to these places and, as the tour goes on, to the next ones; the visitor stays the one who leads
  if (visit.escorting) {
    for (const person of persons) {
      for (const item of visit.items)
        if (item.place) drafts.push({ type: 'ATTENDED', from: person, to: item.place, evidence, properties: { ...base, delegation: null }, meeting: null });
      scene.escorts.push({ person, evidence, role: visit.role });
    }
    return;
  }
  if (visit.sessionOnly) {
    if (meeting)
      for (const person of persons)
        drafts.push({ type: 'ATTENDED', from: person, to: meeting, evidence, properties: { ...base, delegation: null }, meeting: null });
    // 罗山代表团…召开全体会议, then 余国芳主持会议并讲话: chairing a group's own meeting is sitting in the group
    // 界炮镇…人民代表大会…由林志平主持, 詹仲茗镇长所做的政府工作报告: in a town's own congress any part in the session is a seat in that town
    if (scene.townsAreGroups && (visit.chairs || scene.ownMeeting)) {
      for (const person of persons)
        for (const group of scene.towns)
          drafts.push({ type: 'ATTENDED', from: person, to: group, evidence, properties: { ...base, role: '参加', delegation: scene.delegation }, meeting });
      if (persons.length === 1 && scene.towns.length > 0) scene.actor = persons[0] ?? null;
    }
    return;
  }
  // 分别到漳浦代表团: with one group named, 分别 only says they came one by one, and all sat there
  if (visit.items.length === 0 || (visit.paired && !paired && visit.items.length > 1 && meeting)) {
    // 市领导…参加审议 in a group's report: they sat in the groups being reported on
    const groups = visit.items.length === 0 && scene.townsAreGroups ? scene.towns : [];
    for (const person of persons) {
      for (const group of groups)
        drafts.push({ type: 'ATTENDED', from: person, to: group, evidence, properties: { ...base, delegation: scene.delegation }, meeting });
      if (meeting) drafts.push({ type: 'ATTENDED', from: person, to: meeting, evidence, properties: { ...base, delegation: null }, meeting: null });
      // 陪同调研 before any place is named: the escort goes wherever the tour goes next (extendTour)
      else {
        for (const town of scene.towns)
          drafts.push({ type: 'ATTENDED', from: person, to: town, evidence, properties: { ...base, delegation: scene.delegation }, meeting: null });
        // 深入鄱阳县调研…毛祖宾参加, then 来到侯家岗乡: a county only frames the tour, whose towns come next
        if (scene.towns.every((town) => placeLevel(town, gazetteer) === 'county')) scene.escorts.push({ person, evidence, role: visit.role });
      }
    }
    closeRemarks(scene, drafts);
    return;
  }
  persons.forEach((person, index) => {
    const items = paired ? (units[index] ?? []) : visit.items;
    for (const item of items) {
      const isGroup = item.group !== null || item.place === null;
      const delegation = item.delegation ?? (item.place ? null : item.group);
      if (item.place)
        drafts.push({ type: 'ATTENDED', from: person, to: item.place, evidence, properties: { ...base, delegation }, meeting: isGroup ? meeting : null });
      if (isGroup && meeting) drafts.push({ type: 'ATTENDED', from: person, to: meeting, evidence, properties: { ...base, delegation }, meeting: null });
    }
  });
  closeRemarks(scene, drafts);
  scene.actor = persons.length === 1 ? (persons[0] ?? null) : scene.actor;
  const towns = visit.items.flatMap((item) => (item.place ? [item.place] : []));
  const areGroups = visit.items.some((item) => item.group !== null);
  if (!areGroups) extendTour(scene, towns, gazetteer, drafts);
  moveTo(scene, towns, areGroups, visit.items[0]?.delegation ?? null);
}

// 分别来到矾山、南宋代表团和灵溪代表团: towns written before one group word, or sharing one delegation,
// are one stop for 分别 to pair
function delegations(items: Attendance['items']): Attendance['items'][] {
  const units: Attendance['items'][] = [];
  let pending: Attendance['items'] = [];
  for (const item of items) {
    const last = units.at(-1);
    if (item.group === null && item.place !== null && items.some((other) => other.group !== null)) pending.push(item);
    else if (pending.length === 0 && last && item.delegation !== null && last[0]?.delegation === item.delegation) last.push(item);
    else {
      units.push([...pending, item]);
      pending = [];
    }
  }
  return pending.length > 0 ? [...units, pending] : units;
}

// 在张浦镇,李军一行走进…: a bare name that is the visitor's continues the visitor's tour, even when a namesake (镇长李军) was titled since
function continuingVisitor(person: PersonMention, actor: PersonMention | null): PersonMention {
  return actor && person.titles.length === 0 && person.name === actor.name ? actor : person;
}
