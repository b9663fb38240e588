import type { DatedValue } from './datedValue.js';
import { calendarDate } from './calendarDate.js';

// 2024-03-08, 2024/3/8, 2024.3.8 (one separator throughout) or 2024年3月8日
const FULL_DATE = String.raw`(?<year>(?:19|20)\d{2})(?:[ \t]*年[ \t]*(?<cjkMonth>\d{1,2})[ \t]*月[ \t]*(?<cjkDay>\d{1,2})[ \t]*[日号號]|(?<separator>[-/.])(?<month>\d{1,2})\k<separator>(?<day>\d{1,2})(?![0-9]))`;
// 发布时间:, 發布時間：, 日期:, 时间::, and a table cell or line break between label and date
const LABELLED = new RegExp(String.raw`(?:时间|時間|日期)[ \t]*[:：]+[\s|｜]*${FULL_DATE}`, 'gu');
// an unlabelled date is a header only when what follows is a time, the end of the line, a cell
// border, a wide gap or another header field; a title such as 2021年11月17日镇人代会召开 is not
const BARE = new RegExp(
  String.raw`(?<![0-9])${FULL_DATE}(?=[ \t]*\d{1,2}:\d{2}|[ \t]*(?:[|｜]|$)|[ \t]{2,}|[ \t]*(?:来源|來源|作者|编辑|編輯|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|星期))`,
  'gmu',
);

/**
 * Reads the publication date from the lines above an article's lead (text[0, end)): the first date
 * labelled 发布时间/时间/日期, else the first full date standing alone on a header line (with a time or
 * 来源). Pages print their own date there; dates in the body are about events, never publication.
 */
export function headerDate(text: string, end: number): DatedValue | null {
  const header = text.slice(0, end);
  return firstDate(header, LABELLED) ?? firstDate(header, BARE);
}

// the first match that is a real calendar date; offsets point at the date, not at its label
function firstDate(header: string, pattern: RegExp): DatedValue | null {
  for (const match of header.matchAll(pattern)) {
    const groups = match.groups ?? {};
    const iso = calendarDate(Number(groups.year), Number(groups.cjkMonth ?? groups.month), Number(groups.cjkDay ?? groups.day));
    if (iso) return { iso, precision: 'day', source: 'header', start: match.index + match[0].indexOf(groups.year ?? ''), end: match.index + match[0].length };
  }
  return null;
}
