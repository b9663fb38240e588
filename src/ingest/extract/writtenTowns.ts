import { isCommonWord } from './commonWords.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import { posTag } from './tagger.js';

const PLACE_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'j']);

// the suffix of a township's full name as an article writes it (董场镇, 水南圩乡, 青杠街道)
const SUFFIX = /(?:镇|乡|街道)(?![村镇里亲土愁])/gu;
// 经济重镇, 幸福强镇, 文化名镇, 丝绸小镇, 两镇, 该镇: what sizes, praises or counts names no township
const NOT_A_STEM = /^[在于到该各两三几本全每其这那及和与]|[重强大名小古新老集村城乡两该各本]$/u;

/**
 * Townships the article names in full that the gazetteer lacks (merged or renamed since the
 * national list, or missing): 董场镇 written once makes the 董场 the same article writes elsewhere
 * readable (到董场、韩场调研). Only a stem the article also writes bare counts, so a phrase that
 * merely ends in 镇 (经济重镇) never becomes a place. The entries live under the article's place,
 * for this article only.
 */
export function writtenTowns(text: string, gazetteer: Gazetteer, place: GazetteerEntry | null): GazetteerEntry[] {
  const found = new Map<string, GazetteerEntry>();
  for (const match of text.matchAll(SUFFIX)) {
    for (const length of [3, 2]) {
      const stem = text.slice(match.index - length, match.index);
      const name = stem + match[0];
      if (found.has(name) || !/^\p{Script=Han}+$/u.test(stem) || NOT_A_STEM.test(stem) || isCommonWord(stem) || isWord(stem)) continue;
      if (gazetteer.candidates(name).length > 0 || gazetteer.candidates(stem).length > 0 || !writtenBare(text, stem, match[0])) continue;
      found.set(name, { code: null, name, kind: match[0] === '街道' ? 'subdistrict' : 'town', aliases: [], parent: place, fromArticle: true });
      break;
    }
  }
  return [...found.values()];
}

// 组织镇村干部, 调研乡村: a stem jieba knows as an ordinary word (not a place or a name) is that word
function isWord(stem: string): boolean {
  return posTag(stem).some(({ word, tag }) => word.length > 1 && !PLACE_TAGS.has(tag));
}

// 董场 standing alone somewhere, not only as part of 董场镇
function writtenBare(text: string, stem: string, suffix: string): boolean {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) if (!text.startsWith(suffix, at + stem.length)) return true;
  return false;
}
