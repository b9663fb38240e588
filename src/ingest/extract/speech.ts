import type { Unit } from '../split.js';
import type { PersonMention } from './mentions.js';

export interface SpeechAct {
  /** the named speaker, or null for 他/她 (the current visitor) */
  speaker: PersonMention | null;
  /** where the spoken content starts (after the verb and its colon or comma) */
  contentStart: number;
  /** 赵书记要求: the speaker is named by surname and office only, so only a leader already speaking or visiting can be meant */
  surname?: string;
}

// between speaker and verb: an honorific (张三书记), 在听取代表发言后, 还
const GAP = String.raw`(?:同志|书记|市长|区长|县长|镇长|主任|主席|代表|委员)?(?:在[^,。;]{0,30}?(?:后|时|中|期间),?|从[^,。;]{0,30}?(?:方面|角度|出发)|还|也|又|进一步|同时|随后)?`;
const VERB = '(?:指出|强调|表示|说|要求|希望|提出|认为|建议|勉励|鼓励|寄语|叮嘱|谈到|说到)';
// 全桂寿充分肯定了该镇的工作,要求… / …表示满意,同时强调…: a clause of the speaker's own may come first
const CLAUSE_FIRST = String.raw`(?:[^,。;:!?“”]{1,40}?,(?:同时|并|还|也|又|进一步)?)?`;
// 王彩莲率…赴珊溪镇…开展调研时强调: the visit itself may come between the speaker and the verb
const VISIT_FIRST = String.raw`(?:[^。;!?“”]{1,80}?(?:调研|视察|考察|督导|检查|走访|座谈)(?:时|期间|中|过程中|后),?)?`;
const AFTER_SPEAKER = new RegExp(`^${GAP}(?:${CLAUSE_FIRST}|${VISIT_FIRST})${GAP}${VERB}[,:]?`, 'u');
const PRONOUN = new RegExp(`(?:^|[,。;])(?:他|她)${GAP}${VERB}[,:]?`, 'u');
const SURNAME_AND_OFFICE = new RegExp(`(?:^|[,。;])(\\p{Script=Han})(?:书记|市长|区长|县长|镇长|乡长|旗长|省长|主任|主席|部长)${GAP}${VERB}[,:]?`, 'u');

/**
 * Finds who starts speaking in a sentence: NAME, 他/她 or 赵书记, then (在听取…后) 指出/强调/说…
 * The speaker must be a person the article named with a title, so 代表们…提出 or
 * 全会…提出 never start an official's remarks.
 */
export function speech(text: string, unit: Unit, persons: PersonMention[]): SpeechAct | null {
  for (const person of persons) {
    const verb = AFTER_SPEAKER.exec(text.slice(person.end, unit.end));
    // the clause must be the speaker's: another name in it is someone else's sentence
    const end = person.end + (verb?.[0].length ?? 0);
    if (verb && !persons.some((other) => other !== person && other.start >= person.end && other.start < end)) return { speaker: person, contentStart: end };
  }
  const pronoun = PRONOUN.exec(unit.text);
  if (pronoun) return { speaker: null, contentStart: unit.start + pronoun.index + pronoun[0].length };
  const byOffice = SURNAME_AND_OFFICE.exec(unit.text);
  return byOffice?.[1] ? { speaker: null, contentStart: unit.start + byOffice.index + byOffice[0].length, surname: byOffice[1] } : null;
}
