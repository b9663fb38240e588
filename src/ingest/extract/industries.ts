import type { PhraseMention } from './mentions.js';
import { TRADE_VERBS } from './sectors.js';
import { posTag } from './tagger.js';
import type { Quote } from './quotes.js';

// …等特色富民产业 / …等赛道 / …等新业态: the text itself calls what precedes an industry (but 产业升级 is about industry in general)
const CALLED_WORD = String.raw`(?:产业|赛道|业态)(?!化|升级|转型|融合|政策|基金|结构|矩阵|链|集群|体系|园|基地|布局|格局|项目|工人|工作|带头人|振兴|人才|联盟|协会|大会|规划)`;
const CALLED = String.raw`\p{Script=Han}{0,6}?${CALLED_WORD}`;
const CALLED_INDUSTRY = new RegExp(`^等?${CALLED}`, 'u');
// the tail of an unquoted list: 人工智能、生物医药|等(战略性新兴)产业, |三大新兴产业 (counted), or a bare |产业 glued to the last item
// (…钢铁、金属镁、玻璃等产业集群: after 等, a cluster of industries names them too)
const LIST_TAIL = new RegExp(`(?:等|[两二三四五六七八九十]大)(?:\\p{Script=Han}{0,6}?产业集群|${CALLED})|(?<=[\\p{Script=Han}A-Za-z0-9])${CALLED_WORD}`, 'gu');
// 千亿级钢铁、百亿级金属镁: the scale an item is to reach is not part of its name
const SCALE = /^(?:[0-9一二三四五六七八九十百千万]+亿(?:元)?级)/u;
// 生物医药战略性新兴产业: with no 等 before 产业, a last item ending in a category word is not a clean name
const CATEGORY_END = /(?:新兴|战略性|主导|支柱|传统|特色|优势|未来|先导|重点|富民)$/u;
const CLAUSE_BREAK = /[,;:。!?“”\n]/u;
// verbs that open a list inside a clause; the first item starts after the last of them
const LIST_OPENERS =
  /(?:聚焦|紧盯|盯紧|扶持|支持|鼓励|引导|引育|丰富|积极|大力|持续|围绕|发展|培育|布局|壮大|做强|做大|做优|打造|深耕|瞄准|抢占|引进|招引|加快|推动|推进|重点|主攻|涵盖|包括|突出|紧扣|锚定|面向|拓展|延伸|集聚|聚力|发力|抢抓|强化|提升|覆盖|涉及|在|以)/gu;
const HAS_OPENER = new RegExp(LIST_OPENERS.source, 'u');
// an industry has a name in words (新型显示, 5G); “4+4+4” or “2+8+N” is a formula, hence a slogan
const ITEM = /^(?=.*[\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z0-9]{2,10}$/u;
// particles that mark a clause fragment (七都镇要把光电通信), never an industry's name
const CLAUSE_PARTICLES = /[要把将的是有为]/u;

/**
 * Industries are what the text calls 产业, 赛道 or 业态: a run of quotes followed by …等…产业
 * (“一根丝”“一片桑”等特色富民产业), or an unquoted 、-list ending in 等…产业, N大…产业 or 产业.
 * Generic words (支柱产业, 未来产业) are not listed items and stay out.
 */
export function industries(text: string, quoted: Quote[]): PhraseMention[] {
  const found: PhraseMention[] = quoted
    .filter((quote) => isQuotedIndustry(text, quote))
    .map((quote) => ({ kind: 'phrase', type: 'Industry', text: quote.text, start: quote.start, end: quote.end }));
  for (const tail of text.matchAll(LIST_TAIL)) {
    const listStart = clauseStart(text, tail.index);
    const items = text.slice(listStart, tail.index).split('、');
    const opener = lastOpenerEnd(items[0] ?? '');
    // 壮大镁铝合金新材料等战新产业: one item is a list only when a verb opens it and 等 closes it
    if (items.length < 2 && !(opener > 0 && tail[0].startsWith('等'))) continue;
    items[0] = (items[0] ?? '').slice(opener);
    const scales = items.map((item) => SCALE.exec(item)?.[0].length ?? 0);
    const named = items.map((item, index) => isName(item.slice(scales[index])));
    // without 等 only the 、 mark the list: every item must read as a name, the last one free of a category word
    if (!tail[0].startsWith('等') && (!named.every(Boolean) || CATEGORY_END.test(items[items.length - 1] ?? ''))) continue;
    let at = listStart + opener;
    items.forEach((item, index) => {
      const scale = scales[index]!;
      if (named[index]) found.push({ kind: 'phrase', type: 'Industry', text: item.slice(scale), start: at + scale, end: at + item.length });
      at += item.length + 1;
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when the quote names an industry: its run of quotes is called 产业/赛道 and it is a name, not a formula. */
export function isQuotedIndustry(text: string, quote: Quote): boolean {
  return CALLED_INDUSTRY.test(text.slice(quote.runEnd, quote.runEnd + 10)) && ITEM.test(quote.text);
}

// an item is a short name with no particle, 等 or list-opening verb in it (七都镇要把光电通信 is a clause)
function isName(item: string): boolean {
  return ITEM.test(item) && !CLAUSE_PARTICLES.test(item) && !item.includes('等') && !HAS_OPENER.test(item) && !item.includes('产业') && readsAsNoun(item);
}

// 历史文化发掘, 网红景点打卡和民宿: a verb or a conjunction inside makes a clause, not a sector's name
function readsAsNoun(item: string): boolean {
  return posTag(item).every(({ word, tag }) => !/^(?:v|c|p|u|d|r)$/.test(tag) || TRADE_VERBS.has(word));
}

// a list runs back to the punctuation that opens its clause
function clauseStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1] ?? '')) start--;
  return start;
}

// 要聚焦人工智能: the first item starts after the verb that introduces the list
function lastOpenerEnd(firstItem: string): number {
  let end = 0;
  for (const match of firstItem.matchAll(LIST_OPENERS)) end = match.index + match[0].length;
  return end;
}
