import { posTag } from './tagger.js';
import type { PhraseMention } from './mentions.js';

// a term followed by these is part of a longer name (数字经济局, 生物医药产业园, 现代农业示范区)
const PART_OF_NAME =
  /^(?:产业园|产业园区|园区|园|基地|开发区|新区|合作区|试验区|功能区|小镇|公司|企业|协会|学会|商会|学院|研究院|研究所|实验室|中心|局|委员会|委|厅|办|部|集团|示范区|示范园|展会|博览会|大会|论坛|节|专业|大赛|频道|频|股份)/u;
// 砂糖橘产业, 茶产业, 香扇产业: a product or trade named with its own 产业
const OWN_INDUSTRY =
  /产业(?!园|园区|基地|链|集群|体系|化|发展资金|政策|基金|联盟|协会|工人|带头人|振兴|扶贫|人才|规划|结构|布局|格局|矩阵|项目|大会|升级|转型|融合)/gu;
const CLAUSE_WINDOW = 10;
// nouns that say whose or which industry rather than what it makes (群众发展产业, 规范产业)
const NOT_A_TRADE = new Set([
  '群众',
  '规范',
  '资源',
  '经济',
  '乡镇',
  '全镇',
  '全县',
  '全市',
  '全区',
  '全乡',
  '地方',
  '企业',
  '村民',
  '农民',
  '农户',
  '项目',
  '重点',
  '基础',
  '方向',
  '发展',
]);
/** Verbs that name a trade in an industry's name (砂糖橘种植产业, 食品加工, 乡村旅游). */
export const TRADE_VERBS: ReadonlySet<string> = new Set(['种植', '养殖', '种养', '加工', '制造', '旅游', '养生', '康养', '培育']);
// category words: they say what kind of industry, not which (特色产业, 主导产业, 富民产业)
const CATEGORY =
  /^(?:特色|主导|支柱|优势|新兴|未来|传统|富民|重点|相关|各类|各项|全|本地|地方|县域|乡村|农村|村级|现代|新型|战略性新兴|特色优势|特色富民|绿色|朝阳|首位|第一|第二|第三|二三|一二三|三次|实体|上下游|产业|骨干|龙头|高新技术|先导|接续|替代|配套|关联|融合|生态|农业|新|老|大|小|好|强|美|优|精)$/u;
const ITEM = /^\p{Script=Han}{1,6}$/u;

/**
 * Industries named without quotes: terms of the sector lexicon (数字经济, 现代农业, 集成电路), the
 * longest at each position and not part of a longer name (数字经济局), and a product or trade
 * named with its own 产业 (把砂糖橘产业做大 → 砂糖橘产业), never a category word (特色产业).
 */
export function sectors(text: string, lexicon: ReadonlySet<string>): PhraseMention[] {
  const found: PhraseMention[] = [];
  const byFirst = firstCharIndex(lexicon);
  for (let at = 0; at < text.length; at++) {
    const term = (byFirst.get(text[at] ?? '') ?? []).find((candidate) => text.startsWith(candidate, at));
    if (!term) continue;
    const end = at + term.length;
    const withOwn = text.startsWith('产业', end) && !PART_OF_NAME.test(text.slice(end + 2)) ? end + 2 : end;
    if (withOwn === end && PART_OF_NAME.test(text.slice(end, end + 4))) continue;
    found.push({ kind: 'phrase', type: 'Industry', text: text.slice(at, withOwn), start: at, end: withOwn });
    at = withOwn - 1;
  }
  for (const match of text.matchAll(OWN_INDUSTRY)) {
    if (found.some((m) => m.start <= match.index && m.end >= match.index + 2)) continue;
    const stem = tradeBefore(text, match.index);
    if (!stem || CATEGORY.test(stem) || CATEGORY.test(stem.slice(0, 2))) continue;
    found.push({ kind: 'phrase', type: 'Industry', text: `${stem}产业`, start: match.index - stem.length, end: match.index + 2 });
  }
  return found.sort((a, b) => a.start - b.start);
}

// the nouns right before 产业 (把砂糖橘产业做大 → 砂糖橘, 发展苦丁茶产业 → 苦丁茶), as jieba tags the
// clause: verbs and particles end the phrase, a trade's own verb (种植, 养殖, 加工) does not
function tradeBefore(text: string, end: number): string | null {
  let start = end;
  while (start > 0 && end - start < CLAUSE_WINDOW && !/[,。;:!?、“”()\s]/u.test(text[start - 1] ?? '')) start--;
  const tokens = posTag(text.slice(start, end + 2));
  const last = tokens.at(-1);
  // jieba may read the stem and 产业 as one word (第三产业)
  const glued = last && last.word !== '产业' && last.word.endsWith('产业') ? last.word.slice(0, -2) : null;
  if (glued !== null) return glued.length > 0 ? glued : null;
  let stem = '';
  for (let i = tokens.length - 2; i >= 0; i--) {
    const { word, tag } = tokens[i]!;
    const noun = (tag.startsWith('n') && !tag.startsWith('nr')) || TRADE_VERBS.has(word) || (tag === 'q' && i > 0);
    if (!noun || CATEGORY.test(word) || NOT_A_TRADE.has(word)) break;
    stem = word + stem;
  }
  return ITEM.test(stem) ? stem : null;
}

// longest first, so 新能源汽车 wins over 新能源 at the same position
const indexes = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
function firstCharIndex(lexicon: ReadonlySet<string>): Map<string, string[]> {
  let index = indexes.get(lexicon);
  if (!index) {
    index = new Map();
    for (const term of lexicon) index.set(term[0]!, [...(index.get(term[0]!) ?? []), term]);
    for (const terms of index.values()) terms.sort((a, b) => b.length - a.length);
    indexes.set(lexicon, index);
  }
  return index;
}
