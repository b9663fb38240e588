import type { PhraseMention } from './mentions.js';
import type { Quote } from './quotes.js';

// …等特色富民产业 / …等赛道: the text itself calls what precedes an industry (but 产业升级 is about industry in general)
const CALLED = String.raw`\p{Script=Han}{0,6}?(?:产业|赛道)(?!升级|转型|融合|政策|基金|结构)`;
const CALLED_INDUSTRY = new RegExp(`^等?${CALLED}`, 'u');
// the tail of an unquoted list: 人工智能、新型显示、生物医药|等(战略性新兴)产业|赛道
const LIST_TAIL = new RegExp(`等${CALLED}`, 'gu');
const CLAUSE_BREAK = /[,;:。!?“”\n]/u;
// verbs that open a list inside a clause; the first item starts after the last of them
const LIST_OPENERS = /(?:聚焦|围绕|发展|培育|布局|壮大|做强|做大|做优|打造|深耕|瞄准|抢占|引进|招引|加快|推动|推进|重点|主攻|涵盖|包括|突出|紧扣|锚定|面向|拓展|延伸|集聚|聚力|发力|抢抓|强化|提升|覆盖|涉及|在|以)/gu;
// an industry has a name in words (新型显示, 5G); “4+4+4” or “2+8+N” is a formula, hence a slogan
const ITEM = /^(?=.*[\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z0-9]{2,10}$/u;
// particles that mark a clause fragment (七都镇要把光电通信), never an industry's name
const CLAUSE_PARTICLES = /[要把将的是有为]/u;

/**
 * Industries are what the text calls 产业 or 赛道: a run of quotes followed by …等…产业
 * (“一根丝”“一片桑”等特色富民产业), or an unquoted 、-list ending in 等…产业/赛道.
 * Generic words (支柱产业, 未来产业) are not listed items and stay out.
 */
export function industries(text: string, quoted: Quote[]): PhraseMention[] {
  const found: PhraseMention[] = quoted
    .filter((quote) => isQuotedIndustry(text, quote))
    .map((quote) => ({ kind: 'phrase', type: 'Industry', text: quote.text, start: quote.start, end: quote.end }));
  for (const tail of text.matchAll(LIST_TAIL)) {
    const listStart = clauseStart(text, tail.index);
    const items = text.slice(listStart, tail.index).split('、');
    if (items.length < 2) continue;
    const opener = lastOpenerEnd(items[0] ?? '');
    let at = listStart + opener;
    items[0] = (items[0] ?? '').slice(opener);
    for (const item of items) {
      if (ITEM.test(item) && !CLAUSE_PARTICLES.test(item)) found.push({ kind: 'phrase', type: 'Industry', text: item, start: at, end: at + item.length });
      at += item.length + 1;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when the quote names an industry: its run of quotes is called 产业/赛道 and it is a name, not a formula. */
export function isQuotedIndustry(text: string, quote: Quote): boolean {
  return CALLED_INDUSTRY.test(text.slice(quote.runEnd, quote.runEnd + 10)) && ITEM.test(quote.text);
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
