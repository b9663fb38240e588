/** Office words a title ends with; business titles (董事长, 总经理) are left out on purpose. */
const POSITIONS = [
  '书记',
  '市长',
  '区长',
  '县长',
  '镇长',
  '乡长',
  '省长',
  '秘书长',
  '部长',
  '局长',
  '院长',
  '检察长',
  '厅长',
  '团长',
  '处长',
  '主任',
  '主席',
  '代表',
  '委员',
  '常委',
  '领导',
  '发言人',
  '人选',
  '候选人',
  '主委',
  '旗长',
  '州长',
  '盟长',
  '组长',
  '科员',
  '巡视员',
  '调研员',
  '党组成员',
];
/** Titles that only make someone a member of the body meeting, not a leader who directs a town. */
const MEMBER_ONLY = /^(?:(?:全国|[市区县镇乡省])?(?:人大|政协))?(?:代表|委员)$/;
// a title runs back to punctuation or to a word that cannot be part of an office name
const BOUNDARY =
  /[、,。;:!?“”‘’()《》\s●]|的|了|在|是|与|及|和|对|向|为|把|被|将|从|由|有|等|请|并|后|听取|会见|陪同|来到|参加|列席|出席|主持|调研(?!员)|视察|看望|慰问|邀请|带领|率领|一行|同/g;
const LONGEST_TITLE = 20;

interface TitleChain {
  titles: string[];
  /** where the first title starts */
  start: number;
}

/**
 * Reads the titles written right before a name (市人大代表、市委副书记、市长张三 → three titles):
 * a title ends with an office word and runs back to punctuation or a verb; 、 chains titles.
 * Null when no office word touches the name, so only titled names become officials.
 */
export function titles(text: string, nameStart: number): TitleChain | null {
  const chain: string[] = [];
  let end = nameStart;
  let start = nameStart;
  for (;;) {
    const title = titleEndingAt(text, end);
    if (!title) break;
    chain.unshift(title);
    start = end - title.length;
    if (text[start - 1] !== '、') break;
    end = start - 1;
  }
  return chain.length > 0 ? { titles: chain, start } : null;
}

/** True when a title only says the person sits in the body (人大代表, 政协委员), not that they lead. */
export function isMemberTitle(title: string): boolean {
  return MEMBER_ONLY.test(title);
}

// the longest run before `end` that ends with an office word and holds no boundary
function titleEndingAt(text: string, end: number): string | null {
  const before = text.slice(Math.max(0, end - LONGEST_TITLE), end);
  if (!POSITIONS.some((position) => before.endsWith(position))) return null;
  let cut = 0;
  for (const match of before.matchAll(BOUNDARY)) cut = match.index + match[0].length;
  const title = before.slice(cut);
  return title.length >= 2 ? title : null;
}
