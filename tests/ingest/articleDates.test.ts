import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleDates } from '../../src/ingest/extract/articleDates.js';
import { calendarDate } from '../../src/ingest/extract/calendarDate.js';
import { urlDate } from '../../src/ingest/extract/urlDate.js';

interface Expectation {
  source: string;
  expected: { published: string | null; event: string | null; eventPrecision: 'day' | 'month' | 'year' | null };
  note: string;
}

// real passages whose expected dates were written (and committed) before the extractor existed
const datesDir = join(new URL('../../', import.meta.url).pathname, 'tests/fixtures/dates');
const passages = readdirSync(datesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

// what a reader gets right and the rules cannot: each entry says why, and a fix turns its test red
const EVENT_MISSES: Record<string, string> = {
  'banyue-deputy-homework': 'the day is lunar (正月初十)',
  'xiaopu-new-year-eve': 'the day is lunar (大年三十)',
  'langanji-town-npc': 'the header date is a re-post two years later; only the narrative (2014 reviewed, 2015 targets) gives the year',
  'xiyan-town-npc': 'no publication date; only the narrative (2020年是…收官之年) gives the year',
  'zhangwang-cppcc-visit': 'the lead misprints 12月3日 as 123日',
};

function read(name: string): { text: string; meta: Expectation } {
  return {
    text: readFileSync(join(datesDir, `${name}.txt`), 'utf8'),
    meta: JSON.parse(readFileSync(join(datesDir, `${name}.json`), 'utf8')) as Expectation,
  };
}

function eventOf(name: string): { iso: string | null; precision: string | null } {
  const { text, meta } = read(name);
  const { event } = articleDates({ text, source: meta.source });
  return { iso: event?.iso ?? null, precision: event?.precision ?? null };
}

describe('articleDates on real passages', () => {
  it('has a text for every expectation, at least 20 of them, and a miss list that names real passages', () => {
    expect(passages.length).toBeGreaterThanOrEqual(20);
    for (const name of passages) expect(readFileSync(join(datesDir, `${name}.txt`), 'utf8').length, name).toBeGreaterThan(0);
    for (const name of Object.keys(EVENT_MISSES)) expect(passages, name).toContain(name);
  });

  it.each(passages)('reads the publication date of %s', (name) => {
    const { text, meta } = read(name);
    expect(articleDates({ text, source: meta.source }).published?.iso ?? null, meta.note).toBe(meta.expected.published);
  });

  it.each(passages.filter((name) => !(name in EVENT_MISSES)))('reads the event date of %s', (name) => {
    const { meta } = read(name);
    expect(eventOf(name), meta.note).toEqual({ iso: meta.expected.event, precision: meta.expected.eventPrecision });
  });

  it.each(Object.keys(EVENT_MISSES))('still misses the event date of %s, and says nothing rather than a wrong day where it can', (name) => {
    const { meta } = read(name);
    expect(eventOf(name)).not.toEqual({ iso: meta.expected.event, precision: meta.expected.eventPrecision });
  });

  it.each(passages)('gives offsets that slice the date expression back out of %s', (name) => {
    const { text, meta } = read(name);
    const { published, event } = articleDates({ text, source: meta.source });
    for (const value of [published, event]) {
      if (value?.start === undefined || value.end === undefined) continue;
      expect(text.slice(value.start, value.end)).toMatch(/[0-9]|[天日期]$/u);
      expect(value.start).toBeLessThan(value.end);
    }
  });
});

describe('articleDates: publication date', () => {
  it.each([
    ['发布时间:2025-06-06 09:30', '2025-06-06'],
    ['日期:2023-04-12', '2023-04-12'],
    ['发布日期：2024年3月8日', '2024-03-08'],
    ['时间：2024.3.8', '2024-03-08'],
    ['時間: 2024/03/08 |來源:', '2024-03-08'],
    ['发布时间:\n2018-02-23', '2018-02-23'],
    ['文号: | 发布日期: | 2021-02-27 |', '2021-02-27'],
    ['2016-03-06 17:14', '2016-03-06'],
    ['2016年03月04日 14:20:01  來源:中國新聞網', '2016-03-04'],
    ['2021年06月16日', '2021-06-16'],
  ])('reads the header line %j', (header, iso) => {
    const { published } = articleDates({ text: `某镇召开人代会\n${header}\n3月8日上午,某镇代表团审议政府工作报告。代表们踊跃发言。` });
    expect(published).toMatchObject({ iso, precision: 'day', source: 'header' });
  });

  it('does not read a title that begins with a date, a date in the body, or an index number as the publication date', () => {
    expect(articleDates({ text: '2021年11月17日镇人代会召开\n2021年11月17日,某镇召开人代会。代表出席。' }).published).toBeNull();
    expect(articleDates({ text: '索引号 | 11410403MB0N459981/2023-00008 |\n10月30日上午,某主任到我区调研。' }).published).toBeNull();
  });

  it('lets the caller’s date win over the header and the address, and ignores a malformed one', () => {
    const text = '发布时间:2025-06-06\n6月5日,某镇召开会议。代表出席。';
    const source = 'http://example.gov.cn/2024/01/02/x.html';
    expect(articleDates({ text, source, date: '2025-07-01' }).published).toEqual({ iso: '2025-07-01', precision: 'day', source: 'caller' });
    expect(articleDates({ text, source, date: '2025-07' }).published).toEqual({ iso: '2025-07', precision: 'month', source: 'caller' });
    expect(articleDates({ text, source, date: '2025-13-01' }).published?.source).toBe('header');
    expect(articleDates({ text: '6月5日,某镇召开会议。代表出席。', source }).published).toEqual({ iso: '2024-01-02', precision: 'day', source: 'url' });
  });

  it('resolves the event against the caller’s date: 12月30日 in a text published 2 January is the year before', () => {
    const { event } = articleDates({ text: '12月30日上午,某镇代表团审议政府工作报告。代表们踊跃发言。', date: '2025-01-02' });
    expect(event).toMatchObject({ iso: '2024-12-30', precision: 'day', source: 'partial' });
  });
});

describe('urlDate', () => {
  it.each([
    ['http://www.a.gov.cn/art/2025/07/14/art_1229_1.html', '2025-07-14', 'day'],
    ['https://news.a.cn/html/2020-10/22/content_1.htm', '2020-10-22', 'day'],
    ['https://a.cn/news/2021-5-9/123.html', '2021-05-09', 'day'],
    ['http://a.gov.cn/col/202501/t20250119_909319.html', '2025-01-19', 'day'],
    ['http://a.cn/shizheng/20250119/123.html', '2025-01-19', 'day'],
    ['http://a.cn/2011/0117/1681.html', '2011-01-17', 'day'],
    ['http://a.cn/news/2011092715334323292.htm', '2011-09-27', 'day'],
    ['https://a.gov.cn/columns/x/202601/19/y.html', '2026-01-19', 'day'],
    ['http://m.news.a.cn/n/202311/172815.html', '2023-11', 'month'],
    ['https://a.gov.cn/html/czzl/2022/IFIAPOCQ_1212/318544.html', '2022', 'year'],
  ])('reads %s', (address, iso, precision) => {
    expect(urlDate(address)).toEqual({ iso, precision, source: 'url' });
  });

  it.each([
    'http://a.cn/content_12345.html',
    'https://www.bjwmb.gov.cn/wmdt/dxq/10044433.html',
    'https://www.zfcgw.com/content/1714086065913703207.html',
    'http://a.cn/news/20231340/1.html',
    'http://014817.cn/col6845/x.html',
    'https://a.cn/detail/572aa9fc2c48cb0fc31248c4.html',
  ])('reads no date from %s', (address) => {
    expect(urlDate(address)).toBeNull();
  });
});

describe('articleDates: event date', () => {
  const published = '2025-03-12';
  const event = (lead: string, date: string | null = published) => articleDates({ text: `某镇新闻\n${lead}`, date }).event;

  it('takes the first date of the lead sentence, ignoring 上午/下午', () => {
    expect(event('3月8日上午,某镇代表团审议政府工作报告。3月9日闭幕。')).toMatchObject({ iso: '2025-03-08', precision: 'day', source: 'partial' });
    expect(event('2024年3月8日下午,某镇代表团审议报告。代表发言。')).toMatchObject({ iso: '2024-03-08', source: 'text' });
    expect(event('2024.3.8,某镇代表团审议报告。代表发言。')).toMatchObject({ iso: '2024-03-08', source: 'text' });
  });

  it.each([
    ['今天上午', '2025-03-12', 'day'],
    ['今日', '2025-03-12', 'day'],
    ['当天下午', '2025-03-12', 'day'],
    ['昨天上午', '2025-03-11', 'day'],
    ['昨日', '2025-03-11', 'day'],
    ['前天', '2025-03-10', 'day'],
    ['日前', '2025-03', 'month'],
    ['近日', '2025-03', 'month'],
    ['近期', '2025-03', 'month'],
  ])('resolves %s against the publication date', (word, iso, precision) => {
    expect(event(`${word},某书记到某镇调研。他强调要抓发展。`)).toMatchObject({ iso, precision, source: 'relative' });
  });

  it('gives 近日 no date when the publication is early in its month, where the day may lie in the month before', () => {
    expect(event('近日,某书记到某镇调研。他强调要抓发展。', '2025-03-05')).toBeNull();
  });

  it('SYNTHETIC (no real passage found): 昨天 in a text published on 1 January is 31 December of the year before', () => {
    expect(event('昨天上午,某书记到某镇调研。他强调要抓发展。', '2025-01-01')).toMatchObject({ iso: '2024-12-31', precision: 'day' });
    expect(event('前天,某书记到某镇调研。他强调要抓发展。', '2024-03-01')).toMatchObject({ iso: '2024-02-28' });
  });

  it('prefers the day written in parentheses after 今天/昨天', () => {
    expect(event('昨天(3月4日)下午,某代表团举行会议。代表出席。', '2025-03')).toMatchObject({ iso: '2025-03-04', source: 'partial' });
  });

  it('reads a day-only 7日 in the publication month, or the month before when it is later than the publication day', () => {
    expect(event('7日,某镇召开代表大会。代表出席。')).toMatchObject({ iso: '2025-03-07', source: 'partial' });
    expect(event('28日,某镇召开代表大会。代表出席。')).toMatchObject({ iso: '2025-02-28', source: 'partial' });
  });

  it('skips a deadline and takes the next date: 到10月30日止 … 昨天上午', () => {
    expect(event('到10月30日止,各乡镇人代会都已闭幕。昨天上午,某镇举行选举。', '2005-11-01')).toMatchObject({ iso: '2005-10-31', source: 'relative' });
  });

  it('skips a dateline and a photo caption', () => {
    expect(
      articleDates({ text: '3月3日,政协开幕。记者 某某 摄\n红网4月24日讯(记者 某某)4月23日上午,调研组到某镇调研。座谈。', date: '2025-04-24' }).event,
    ).toMatchObject({ iso: '2025-04-23' });
  });

  it('returns null, never a guess, when nothing can be resolved', () => {
    expect(event('3月8日上午,某镇代表团审议政府工作报告。代表发言。', null)).toBeNull();
    expect(event('昨天,某书记到某镇调研。他强调要抓发展。', null)).toBeNull();
    expect(event('某书记到某镇调研,强调要抓发展。会议要求落实。')).toBeNull();
    expect(event('2月30日,某镇召开会议。代表出席。')).toBeNull();
    expect(articleDates({ text: '' })).toEqual({ published: null, event: null });
  });
});

describe('calendarDate', () => {
  it('accepts real calendar dates only', () => {
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(2023, 2, 29)).toBeNull();
    expect(calendarDate(2023, 13, 1)).toBeNull();
    expect(calendarDate(1004, 4, 4)).toBeNull();
    expect(calendarDate(2023, null, 5)).toBeNull();
    expect(calendarDate(2023, 4)).toBe('2023-04');
  });
});
