import type { PersonMention } from './mentions.js';
import { followsName, isListedNameSpan, isNameSpan, names, rareSurnameAfterTitle, type NameSpan } from './names.js';
import { SURNAMES } from './surnames.js';
import { titles } from './titles.js';

// last characters of the office words in titles.ts: only these positions can end a title
const TITLE_LAST_CHARS = new Set([...'记长任席表员委导人选']);
// the name follows 的 (来自雅星镇的侯启江代表认为) or opens the clause (伍晓锋代表说)
const MEMBER_AFTER_NAME = /(?:的|(?<=^|[。;,:”\n]))(\p{Script=Han}{2,3}?)(代表|委员)(?=认为|表示|说|建议|提出|指出|介绍|谈到|在发言|发言|,)/gmu;
// 杨世年县长从…提出, 赵润田书记强调: a leader named before the office, opening the clause
const LEADER_AFTER_NAME =
  /(?<=^|[。;,:”(\n])(\p{Script=Han}{2,3}?)(代?(?:书记|省长|市长|区长|县长|旗长|镇长|乡长|主任|主席))(?=从|在|指出|强调|表示|说|要求|提出|认为|希望|作|做|所作|所做|主持|致辞|讲话|,)/gmu;
const LIST_LINK = /^(?:是|为|还有|有):?/u;
// …等县领导, …等委员, …等5位代表; or no title at all when the list itself attends (吴爱国、徐德美、黄敏等分别参加)
// (…等市委、市人大常委会、市政府领导: the bodies the leaders come from may stand before 领导)
const TITLE_AFTER_LIST =
  /等(?:(?:[0-9一二三四五六七八九十]+位|位[0-9一二三四五六七八九十]+)?((?:[省市区县州旗](?:委|人大常委会|人大|政府|政协)[、和及]?){0,4}(?:领导|人大代表|政协委员|代表|委员)|[省市区县州旗]?(?:领导|人大代表|政协委员|代表|委员)|同志)|(?=(?:分别|一同|先后)?(?:参加|陪同|出席|列席)))/gu;
// what opens a list of names: punctuation, the start, or 有/与/和/及 (在主席台就座的还有…, 与…等委员)
const LIST_OPENS = /(?:^|[,。;:、“”()\s]|有|与|和|及|同|是)$/u;

/**
 * Finds officials: names right after a title or title list (市委书记张三, 市领导李四、王五…),
 * then every later bare use of those names (张三在听取…指出, glued title lines). Names are only
 * learnt from titles, so a bare 2–3 character string is never guessed to be a person.
 */
export function officials(text: string): PersonMention[] {
  const titled = [
    ...titledMentions(text),
    ...namesBeforeTitle(text),
    ...namesThenAttend(text),
    ...namedBeforeOffice(text, MEMBER_AFTER_NAME),
    ...namedBeforeOffice(text, LEADER_AFTER_NAME),
  ];
  titled.push(...surnameAndOffice(text, titled));
  const taken = new Set<number>();
  for (const mention of titled) for (let i = mention.start; i < mention.end; i++) taken.add(i);
  return [...titled, ...bareMentions(text, titled, taken)].sort((a, b) => a.start - b.start);
}

// 杜书记一行到…, 杜书记认为: a surname and an office, after punctuation, stand for the one official titled so
const SURNAME_OFFICE = /(?<=^|[^\p{Script=Han}]|[、与和及同])(\p{Script=Han})(书记|省长|市长|区长|县长|州长|旗长|镇长|乡长|主任|主席|部长|局长)/gmu;

// one candidate only: two 王 who are both 主任 leave 王主任 unread rather than guessed
function surnameAndOffice(text: string, titled: PersonMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (const match of text.matchAll(SURNAME_OFFICE)) {
    const [, surname, office] = match as unknown as [string, string, string];
    if (!SURNAMES.has(surname)) continue;
    const named = new Set(titled.filter((m) => m.name.startsWith(surname) && m.name.length > 1 && m.titles.some((t) => t.endsWith(office))).map((m) => m.name));
    if (named.size !== 1) continue;
    const start = match.index;
    found.push({ kind: 'person', name: [...named][0]!, titles: [], titleStart: start, start, end: start + 1 + office.length });
  }
  return found;
}

// 彭润金、贾超锋…等县领导, 与高建林、胡健等委员: a list of names that a title closes after 等
function namesBeforeTitle(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  for (const match of text.matchAll(TITLE_AFTER_LIST)) {
    const listed: NameSpan[] = [];
    for (let end = match.index; ;) {
      const length = [3, 2].find(
        (n) =>
          (isNameSpan(text.slice(end - n, end)) ||
            (text[end - n - 1] === '、' && isListedNameSpan(text.slice(end - n, end))) ||
            (listed.length > 1 && text[end - n - 1] === '、' && framedName(text.slice(end - n, end)))) &&
          (text[end - n - 1] === '、' || LIST_OPENS.test(text.slice(Math.max(0, end - n - 2), end - n))),
      );
      if (length === undefined) break;
      listed.unshift({ name: text.slice(end - length, end), start: end - length, end });
      if (text[end - length - 1] !== '、') break;
      end -= length + 1;
    }
    const title = match[1];
    // untitled, only a list of several names reads as people rather than as things (项目、企业等参加)
    if (title === undefined && listed.length < 3) continue;
    for (const span of listed)
      found.push({ kind: 'person', name: span.name, titles: title ? [title] : [], titleStart: span.start, start: span.start, end: span.end, listed: !title });
  }
  return found;
}

// 滕恩良、张明凯参加审议。: names alone opening a sentence that says they took part are the leaders present
function namesThenAttend(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  for (const match of text.matchAll(NAMES_THEN_ATTEND)) {
    const items = match[1]!.split('、');
    if (!items.every((item) => isNameSpan(item))) continue;
    let at = match.index;
    for (const name of items) {
      found.push({ kind: 'person', name, titles: [], titleStart: at, start: at, end: at + name.length, listed: true });
      at += name.length + 1;
    }
  }
  return found;
}

const NAMES_THEN_ATTEND =
  /(?<=^|[。;\n])((?:\p{Script=Han}{2,3}、)+\p{Script=Han}{2,3})(?=(?:分别|一同|先后)?(?:参加|陪同|出席|列席)了?(?:审议|调研|讨论|会议|活动|视察|考察))/gmu;

// 来自雅星镇的侯启江代表认为…, 冉辉代表在发言中说, 杨世年县长从…: a person named before the office that makes them one
function namedBeforeOffice(text: string, pattern: RegExp): PersonMention[] {
  const found: PersonMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const nameStart = match.index + (match[0].startsWith('的') ? 1 : 0);
    const end = nameStart + match[1]!.length;
    const length = [3, 2].find((n) => match[1]!.length >= n && isNameSpan(text.slice(end - n, end)) && end - n === nameStart);
    if (length === undefined) continue;
    found.push({ kind: 'person', name: text.slice(end - length, end), titles: [match[2]!], titleStart: end - length, start: end - length, end });
  }
  return found;
}

// only a title end (书记, 市长, 领导…) can start a name, so most positions are skipped at once
function titledMentions(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (!TITLE_LAST_CHARS.has(text[end - 1] ?? '')) continue;
    // 执行主席是:马清平、王芳芳…, 县领导还有潘秀、方亮…: a list may follow its title after 是 or 还有
    const linked = end + (LIST_LINK.exec(text.slice(end, end + 4))?.[0].length ?? 0);
    const listed = (linked > end ? framedList(text, linked) : null) ?? names(text, linked) ?? (linked > end ? null : rareSurnameAfterTitle(text, end));
    const chain = listed && titles(text, end);
    if (!listed || !chain) continue;
    for (const span of listed) found.push({ kind: 'person', name: span.name, titles: chain.titles, titleStart: chain.start, start: span.start, end: span.end });
  }
  return found;
}

// 执行主席是:刘志寰、张德、金川…。: a list a title announces, up to the sentence's end, is names only, so an item
// that is also a word or a place (金川) is a name there; most items must open on a surname for the frame to hold
function framedList(text: string, position: number): NameSpan[] | null {
  const end = text.slice(position, position + 600).search(/[。;\n]/u);
  if (end < 0) return null;
  const items = text.slice(position, position + end).split('、');
  if (items.length < 3 || !items.every((item) => FRAMED_ITEM.test(item))) return null;
  if (items.filter((item) => isNameSpan(item)).length * 3 < items.length * 2) return null;
  let at = position;
  return items.map((item) => {
    const span = { name: item.replace(/[・‧•]/gu, '·'), start: at, end: at + item.length };
    at += item.length + 1;
    return span;
  });
}

// 张是全 between 、 in a long list of names: a surname and any two characters (the list frames it)
function framedName(candidate: string): boolean {
  return candidate.length === 3 && SURNAMES.has(candidate[0] ?? '') && /^\p{Script=Han}{3}$/u.test(candidate);
}

const FRAMED_ITEM = /^(?:\p{Script=Han}{2,3}|\p{Script=Han}{1,7}(?:[·・‧•]\p{Script=Han}{1,8}){1,3})$/u;

// a known name counts wherever it stands as a whole word: before a verb, punctuation or another known name
function bareMentions(text: string, titled: PersonMention[], taken: Set<number>): PersonMention[] {
  const known = [...new Set(titled.map((m) => m.name))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const found: PersonMention[] = [];
  for (const name of known) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (overlaps(taken, at, end) || !(standsAlone(text, end, known) || opensClause(text, at, name))) continue;
      for (let i = at; i < end; i++) taken.add(i);
      found.push({ kind: 'person', name, titles: [], titleStart: at, start: at, end });
    }
  }
  return found;
}

// a name inside a longer name (王五 in 王五一) is not a mention of its own
function overlaps(taken: Set<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken.has(i)) return true;
  return false;
}

// …,窦鹏辉细察玉米长势: a three-character name the article titled elsewhere, opening a clause, is that person whatever verb follows
function opensClause(text: string, at: number, name: string): boolean {
  return name.length >= 3 && (at === 0 || /[,。;:!?\n]/u.test(text[at - 1] ?? ''));
}

// 张三李四分别参加 (a headline) glues names; elsewhere a name is followed by a verb or punctuation
function standsAlone(text: string, end: number, known: string[]): boolean {
  return followsName(text, end) || known.some((other) => text.startsWith(other, end));
}
