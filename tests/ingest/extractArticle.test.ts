import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesDir, extract, extractFile, sampleText } from './support.js';

const articles = [
  sampleText,
  ...readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(articlesDir, f)),
];

describe('extractArticle', () => {
  it.each(articles)('points every evidence into the normalized text (%s)', (path) => {
    const { article, relations } = extractFile(path);
    expect(relations.length).toBeGreaterThan(0);
    for (const { evidence } of relations) {
      expect(article.text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      expect(evidence.sentence.trim()).toBe(evidence.sentence);
    }
  });

  it.each(articles)('only relates entities it lists, one relation per type, ends and evidence (%s)', (path) => {
    const { entities, relations } = extractFile(path);
    const listed = new Set(entities.map((e) => `${e.type}|${e.key}|${e.name}`));
    const seen = new Set<string>();
    for (const r of relations) {
      expect(listed.has(`${r.from.type}|${r.from.key}|${r.from.name}`), JSON.stringify(r.from)).toBe(true);
      expect(listed.has(`${r.to.type}|${r.to.key}|${r.to.name}`), JSON.stringify(r.to)).toBe(true);
      const id = `${r.type}|${r.from.key}|${r.to.key}|${r.evidence.start}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
    }
    expect(new Set(entities.map((e) => `${e.type}|${e.key}`)).size).toBe(entities.length);
  });

  it('gives the same JSON for the same text, with the sha256 of the normalized text as id', () => {
    const first = extractFile(sampleText);
    expect(JSON.stringify(extractFile(sampleText))).toBe(JSON.stringify(first));
    expect(first.article.id).toBe(createHash('sha256').update(first.article.text).digest('hex'));
  });

  it('takes a headline-like first line as the title, else the given title, else none', () => {
    expect(extractFile(sampleText).article.title).toBe('江苏苏州周伟陈丽艳分别参加市十八届人大三次会议分组审议');
    expect(extract('第一行是一个完整的句子。\n第二行。', { title: '給定標題' }).article.title).toBe('给定标题');
    expect(extract('周伟来到巴城镇调研,强调要抓好落实。\n第二行。').article.title).toBe('');
  });

  it('reads dates: masked ones are null, a bare month-day takes the year the caller gives, an event date is not a publication date', () => {
    expect(extractFile(sampleText).article).toMatchObject({ date: null, eventDate: null });
    const dated = extract('2024年1月15日,市委书记周伟来到巴城镇调研。', {});
    expect(dated.article).toMatchObject({ date: null, dateSource: null, eventDate: '2024-01-15', eventDateSource: 'text' });
    expect(dated.relations[0]?.properties).toMatchObject({ date: '2024-01-15', dateSource: 'text' });
    const yearFromCaller = extract('1月16日,吴江区委书记李铭来到七都镇调研。', { date: '2024' });
    expect(yearFromCaller.relations[0]?.properties.date).toBe('2024-01-16');
    // a paragraph that opens with its own day dates every fact read in it: attendance, directions, mentions
    const twoDays = extract('2024年1月15日,市委书记周伟来到巴城镇调研。\n1月16日,市委书记周伟来到周市镇调研。周伟强调,要做强“一镇一品”。', {});
    expect(twoDays.relations.map((r) => [r.type, r.to.name, r.properties.date, r.properties.dateSource])).toEqual(
      expect.arrayContaining([
        ['ATTENDED', '巴城镇', '2024-01-15', 'text'],
        ['ATTENDED', '周市镇', '2024-01-16', 'partial'],
        ['DIRECTED', '周市镇', '2024-01-16', 'partial'],
        ['MENTIONS', '一镇一品', '2024-01-16', 'partial'],
      ]),
    );
    const masked = extract('*月*日,吴江区委书记李铭来到七都镇调研。', { date: '2024' });
    expect(masked.relations[0]?.properties.date).toBeNull();
  });

  it('refuses input that is not Chinese article text, saying what was expected and what arrived', () => {
    expect(() => extract('')).toThrow(/expected Chinese article text; after normalization 0 characters remain/);
    expect(() => extract('图片附件\n查看隐藏内容(*)需先登录')).toThrow(/expected Chinese article text/);
    expect(() => extract('\u0000\u0001\u0002binary\u0003\u0004' + '\uFFFD'.repeat(20))).toThrow(/binary-looking data/);
    expect(() => extract('just some English words with no Chinese at all')).toThrow(/0 of them Chinese/);
    expect(() => extract(42 as unknown as string)).toThrow(/expected input.text to be a string of article text; received number/);
    expect(() => extract('市委书记周伟来到巴城镇调研。', { date: '15/01/2024' })).toThrow(/expected input.date as YYYY-MM-DD/);
  });
});
