import { isCommonWord } from './commonWords.js';
import { posTag } from './tagger.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

// characters that end or glue a phrase; they never sit inside a given name in this genre
const NOT_IN_GIVEN_NAME = new Set([...'的了在是和与及等们市区县镇乡省委组团记席到参列调指说要也都就对把被将从为这那其之所以于而并或但着过得个位']);
// what may follow a name: punctuation, or the verbs and particles that open the rest of a sentence
const FOLLOWERS = [
  '来到',
  '到',
  '在',
  '参加',
  '列席',
  '出席',
  '调研',
  '视察',
  '指出',
  '强调',
  '表示',
  '说',
  '要求',
  '希望',
  '主持',
  '一行',
  '等',
  '先后',
  '与',
  '和',
  '及',
  '同志',
  '陪同',
  '一同',
  '一起',
  '分别',
  '听取',
  '察看',
  '走访',
  '深入',
  '带队',
  '率队',
  '带领',
  '率领',
  '率',
  '对',
  '就',
  '前往',
  '参观',
  '详细',
  '仔细',
  '认真',
  '实地',
  '代表',
  '作',
  '讲话',
  '发言',
  '也',
  '又',
  '还',
  '随后',
  '首先',
  '充分',
  '肯定',
  '介绍',
  '汇报',
  '提出',
  '认为',
  '赴',
  '走进',
  '召开',
  '会见',
  '考察',
  '检查',
  '督查',
  '慰问',
  '看望',
  '书记',
  '市长',
  '区长',
  '县长',
  '镇长',
  '主任',
  '主席',
  '委员',
  '的',
  '应邀',
  '进行',
  '从',
  '亲自',
  '担任',
  '是',
  '参与',
  '随同',
  '传达',
  '莅临',
  '会上',
  '会同',
  '围绕',
  '结合',
  '建议',
  '关于',
  '谈',
  '聚焦',
  '向',
  '表达',
  '寄语',
  '勉励',
  '鼓励',
  '叮嘱',
  '结束',
  '来',
  '共同',
  '逐一',
  '不时',
  '以',
  '为',
];
// particles that are also common in given names (李为民, 王之江, 张其林, 蓝进和)
const PARTICLE_IN_NAME = new Set([...'为之其而和']);
const OFFICE_NEXT = /^(?:书记|市长|区长|县长|镇长|乡长|旗长|州长|省长)/u;
const RARE_NAME_LENGTHS = [3, 2];
const PUNCTUATION = /^(?:[、,。;:!?“”‘’()《》\s●]|$)/;
// 帕塔尔·胡加买提: Uyghur, Tibetan and Mongolian names are transliterated in parts joined by a dot
const TRANSLITERATED = /\p{Script=Han}{1,7}(?:[·・‧•]\p{Script=Han}{1,8}){1,3}/uy;

/**
 * Reads one name or a list (、 between names, 和/及 before the last) at `position`, after a title
 * such as 市领导 or 市委书记; the last name's length is fixed by what follows it, since Chinese
 * writes no space between a 2- or 3-character name and the verb. Null when no name starts there.
 */
export function names(text: string, position: number): NameSpan[] | null {
  const found: NameSpan[] = [];
  let at = position;
  for (;;) {
    const listed = listItem(text, at);
    if (listed) {
      found.push(listed);
      at = listed.end + 1;
      continue;
    }
    const last = nameAt(text, at) ?? (found.length > 0 ? rareSurnameName(text, at) : null);
    // 人大主任哈米提·阿吉、副市长米磊: a dotted name ends a list when the next person comes with a title
    if (!last) return found.length > 0 && text[at - 1] === '、' && found.at(-1)?.name.includes('·') ? found : null;
    found.push(last);
    // 张三和李四: a conjunction may join the last name of a list
    if (!/^[和与及]$/u.test(text[last.end] ?? '') || !nameAt(text, last.end + 1)) return found;
    at = last.end + 1;
  }
}

/** A single name at `position`, its length chosen by the follower and, when both fit, by the rest of the text. */
function nameAt(text: string, position: number): NameSpan | null {
  const transliterated = transliteratedName(text, position);
  if (transliterated) return transliterated;
  // a name the text writes again as a name needs no follower here (周道富轻车简从…周道富指出)
  const lengths = candidateLengths(text, position).filter(
    (length) =>
      (followsName(text, position + length) || recurs(text, text.slice(position, position + length), position)) && !placeBeforeOffice(text, position, length),
  );
  // 县人大常委会主任李立为,: a particle ends a three-character name when punctuation closes it
  // …张其洲一行 … 张其洲指出: so does a follower when the text writes the name so again
  const particled = text.slice(position, position + 3);
  if (
    particleName(particled) &&
    (/^[,、。;]/u.test(text[position + 3] ?? '') || (followsName(text, position + 3) && recurrences(text, particled, position) >= 1))
  )
    return { name: text.slice(position, position + 3), start: position, end: position + 3 };
  const [shortest, longer] = lengths;
  if (shortest === undefined) return null;
  const length = longer !== undefined && (closedLonger(text, position, shortest, longer) || preferLonger(text, position, shortest, longer)) ? longer : shortest;
  return { name: text.slice(position, position + length), start: position, end: position + length };
}

// the dotted parts fix where the name starts; its last part ends at the shortest fit before a follower
function transliteratedName(text: string, position: number): NameSpan | null {
  TRANSLITERATED.lastIndex = position;
  const match = TRANSLITERATED.exec(text);
  if (!match) return null;
  const lastDot = match[0].search(/[·・‧•][^·・‧•]*$/u);
  for (let end = position + lastDot + 3; end <= position + match[0].length; end++) {
    if (followsName(text, end)) return { name: text.slice(position, end).replace(/[・‧•]/gu, '·'), start: position, end };
  }
  return null;
}

// a list item is a whole name framed by 、 on its right, so its length needs no follower
function listItem(text: string, position: number): NameSpan | null {
  const transliterated = transliteratedName(text, position);
  if (transliterated && text[transliterated.end] === '、') return transliterated;
  for (const length of candidateLengths(text, position)) {
    const next = position + length + 1;
    if (text[position + length] === '、' && (nameAt(text, next) !== null || listItem(text, next) !== null || rareSurnameName(text, next) !== null)) {
      return { name: text.slice(position, position + length), start: position, end: position + length };
    }
  }
  // 市领导产敬春、戴海兵: a surname our list lacks is still a name among names; so is 王为治, between names
  for (const length of RARE_NAME_LENGTHS) {
    const next = position + length + 1;
    const candidate = text.slice(position, position + length);
    const framed = text[position - 1] === '、' && wordAsName(candidate);
    if (text[position + length] === '、' && (listedName(candidate) || particleName(candidate) || framed) && nameAt(text, next) !== null) {
      return { name: text.slice(position, position + length), start: position, end: position + length };
    }
  }
  return null;
}

// the last of a list of names (市领导戴海兵、产敬春参加) when its surname is one our list lacks or a particle sits inside it
function rareSurnameName(text: string, position: number): NameSpan | null {
  const length = RARE_NAME_LENGTHS.find(
    (n) =>
      (listedName(text.slice(position, position + n)) || particleName(text.slice(position, position + n))) &&
      !placeBeforeOffice(text, position, n) &&
      followsName(text, position + n) &&
      !followsName(text, position + n - 1),
  );
  return length === undefined ? null : { name: text.slice(position, position + length), start: position, end: position + length };
}

// 副主任…、谭芳、文静、刘松: a surname-led word between names of a list is a name there, as its neighbours are
function wordAsName(candidate: string): boolean {
  return SURNAMES.has(candidate[0] ?? '') && givenNameOk(candidate.slice(1)) && readsAsName(candidate);
}

// 王为治, 蓝进和: a particle can sit in a three-character name once a list frames it
function particleName(candidate: string): boolean {
  if (candidate.length !== 3 || !SURNAMES.has(candidate[0] ?? '') || isCommonWord(candidate)) return false;
  const given = [...candidate.slice(1)];
  return given.some((c) => PARTICLE_IN_NAME.has(c)) && given.every((c) => PARTICLE_IN_NAME.has(c) || givenNameOk(c));
}

/**
 * 主任拉玛太, a name whose surname our list lacks right after a title, when punctuation closes it
 * and jieba reads it as no word it knows (only as single characters or as a name).
 */
export function rareSurnameAfterTitle(text: string, position: number): NameSpan[] | null {
  const length = RARE_NAME_LENGTHS.find((n) => plainName(text.slice(position, position + n)) && /^[,、。;]/u.test(text[position + n] ?? ''));
  if (length === undefined) return null;
  const name = text.slice(position, position + length);
  const unknown = posTag(name).every(({ word, tag }) => word.length === 1 || tag.startsWith('nr'));
  return unknown ? [{ name, start: position, end: position + length }] : null;
}

// two or three characters that could be a name: no particle, no word the dictionary knows
function plainName(candidate: string): boolean {
  return givenNameOk(candidate) && candidate.length >= 2 && !isCommonWord(candidate) && !isCommonWord(candidate.slice(0, 2));
}

// among names, a surname-led word the dictionary files as a noun or a place (王治国) is a name too
function listedName(candidate: string): boolean {
  return (
    plainName(candidate) ||
    (SURNAMES.has(candidate[0] ?? '') &&
      candidate.length === 3 &&
      givenNameOk(candidate.slice(1)) &&
      !isCommonWord(candidate.slice(0, 2)) &&
      readsAsName(candidate))
  );
}

/** True when the string is a name once a list frames it (、 before it): a whole name, or one with a particle inside (刘家和). */
export function isListedNameSpan(candidate: string): boolean {
  return isNameSpan(candidate) || particleName(candidate);
}

/** True when the string is a whole name: a known surname and one or two given-name characters. */
export function isNameSpan(candidate: string): boolean {
  return candidateLengths(candidate, 0).includes(candidate.length);
}

// surname plus one or two given-name characters (compound surnames: plus one or two more)
function candidateLengths(text: string, position: number): number[] {
  const surname = COMPOUND_SURNAMES.has(text.slice(position, position + 2)) ? 2 : SURNAMES.has(text[position] ?? '') ? 1 : 0;
  if (surname === 0) return [];
  // 陆续来到: when surname and first given character already make a word, a name must be longer and
  // written again elsewhere as a name (王国林…王国林强调), else the word is what the text says
  const prefix = text.slice(position, position + surname + 1);
  if (isCommonWord(prefix)) {
    const longer = text.slice(position, position + surname + 2);
    if (givenNameOk(longer.slice(surname)) && !isCommonWord(longer) && recurs(text, longer, position)) return [surname + 2];
    // 罗海生, 马亚栋: a surname and a character that jieba files as a place still begin a three-character name
    if (givenNameOk(longer.slice(surname)) && !isCommonWord(longer) && readsAsPlace(prefix)) return [surname + 2];
    // 庄严 is a word and a name: after a title, written as a name again and again, it is the name
    return readsAsName(prefix) && recurrences(text, prefix, position) >= 2 ? [surname + 1] : [];
  }
  return [surname + 1, surname + 2].filter(
    (length) => givenNameOk(text.slice(position + surname, position + length)) && !isCommonWord(text.slice(position, position + length)),
  );
}

// the same string elsewhere, standing as a name: before a verb, punctuation or particle
function recurs(text: string, name: string, except: number): boolean {
  return recurrences(text, name, except) > 0;
}

function recurrences(text: string, name: string, except: number): number {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (at !== except && followsName(text, at + name.length)) count++;
  return count;
}

// an adverb, a verb or a function word (陆续, 分别, 先后) is never a name; an adjective or a noun may be
function readsAsName(word: string): boolean {
  return posTag(word).every(({ tag }) => !/^(?:d|v|vd|p|c|u|r|m|q|f|t|ad)$/.test(tag));
}

// 张本锋、苍南县长曾仁海: a place word before an office word is the office's place, not a name
function placeBeforeOffice(text: string, position: number, length: number): boolean {
  return OFFICE_NEXT.test(text.slice(position + length, position + length + 2)) && readsAsPlace(text.slice(position, position + length));
}

// a place word (罗海, 马亚) never opens a sentence right after a title, so there it opens a name
function readsAsPlace(word: string): boolean {
  const tags = posTag(word);
  return tags.length === 1 && tags[0]?.tag === 'ns';
}

// a given name is one or two Chinese characters, none of them a particle
function givenNameOk(given: string): boolean {
  return [...given].every((c) => /\p{Script=Han}/u.test(c) && !NOT_IN_GIVEN_NAME.has(c)) && given.length > 0;
}

/** True when what starts at `position` can follow a name: punctuation, a verb or a particle. */
export function followsName(text: string, position: number): boolean {
  const rest = text.slice(position, position + 4);
  return PUNCTUATION.test(rest) || FOLLOWERS.some((token) => rest.startsWith(token));
}

// 局长杨东来,市政府…: a one-character verb (来, 到) between the short name and a comma would end the clause
// at once, so the comma closes the longer name (李明说, is the one such verb that does end clauses)
function closedLonger(text: string, position: number, shortest: number, longer: number): boolean {
  return longer === shortest + 1 && /^[,、;]/u.test(text[position + longer] ?? '') && !/[说讲道]/u.test(text[position + shortest] ?? '');
}

// 张国强调研 parses as 张国+强调 or 张国强+调研: the other mentions of the name settle which
function preferLonger(text: string, position: number, shortest: number, longer: number): boolean {
  const short = text.slice(position, position + shortest);
  const long = text.slice(position, position + longer);
  let votes = 0;
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    const fitsShort = followsName(text, at + shortest);
    const fitsLong = text.startsWith(long, at) && followsName(text, at + longer);
    votes += Number(fitsLong && !fitsShort) - Number(fitsShort && !fitsLong);
  }
  return votes > 0;
}
