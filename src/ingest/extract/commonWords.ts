import { dict } from '@node-rs/jieba/dict.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

const NEWLINE = 0x0a;
const SPACE = 0x20;
// a dictionary line is "word frequency tag"; tags nr, nrfg, nrt mark personal names
const PERSON_TAG = [0x6e, 0x72];

let commonWords: Set<string> | undefined;

/**
 * True when jieba's dictionary knows the word as something other than a personal name
 * (陆续, 严格, 单位): after a title, 市领导陆续来到 must not yield an official called 陆续.
 * Built once, lazily, from the dictionary bytes, keeping only words that start like a name.
 */
export function isCommonWord(word: string): boolean {
  commonWords ??= readCommonWords();
  return commonWords.has(word);
}

// byte-level scan: decoding all 350k lines as text would cost more than the rest of a run's extraction
function readCommonWords(): Set<string> {
  const leads = new Set([...SURNAMES, ...[...COMPOUND_SURNAMES].map((s) => s[0] ?? '')].map(leadBytes));
  const decoder = new TextDecoder();
  const words = new Set<string>();
  for (let at = 0; at < dict.length;) {
    const newline = dict.indexOf(NEWLINE, at);
    const end = newline < 0 ? dict.length : newline;
    if (leads.has(bytesAt(dict, at))) {
      const space = dict.indexOf(SPACE, at);
      const tag = dict.lastIndexOf(SPACE, end - 1) + 1;
      const isPerson = dict[tag] === PERSON_TAG[0] && dict[tag + 1] === PERSON_TAG[1];
      if (space - at >= 6 && space - at <= 12 && !isPerson) words.add(decoder.decode(dict.subarray(at, space)));
    }
    at = end + 1;
  }
  return words;
}

// the first three UTF-8 bytes of a CJK character, as one number
function leadBytes(character: string): number {
  return bytesAt(new TextEncoder().encode(character), 0);
}

// three bytes packed into one number make a cheap Set key
function bytesAt(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
}
