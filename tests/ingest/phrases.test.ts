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
const names = (text: string, type: string) =>
  extract(text)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('slogans and industries', () => {
  it.each(articles)('never makes a masked span or scraping noise a node (%s)', (path) => {
    for (const entity of extractFile(path).entities) {
      for (const surface of [entity.name, ...entity.aliases]) {
        expect(surface).not.toContain('*');
        expect(surface).not.toMatch(/图片附件|查看隐藏内容/);
      }
    }
  });

  it('makes quoted items the text calls 产业 industries, not slogans', () => {
    const text = '市委书记周伟指出,要做大做强“一只蟹”“一粒米”等特色富民产业,落实“三全员三提升”要求。';
    expect(names(text, 'Industry')).toEqual(['一只蟹', '一粒米']);
    expect(names(text, 'Slogan')).toEqual(['三全员三提升']);
  });

  it('splits an unquoted 、-list ending in 等…赛道 into industries, after the verb that opens it', () => {
    expect(names('区委书记李铭强调,要聚焦人工智能、新型显示、生物医药等赛道。', 'Industry')).toEqual(['人工智能', '新型显示', '生物医药']);
    expect(names('要持续丰富教育、医疗、养老等优质公共服务供给。', 'Industry')).toEqual([]);
  });

  it('leaves masked formulations and reported speech out of the slogans', () => {
    const text = '市委书记周伟提出了“******”总体思路,瞄准“世界***强、中国***强、行业前*”靶向招商,他说:“我们一定要干出样子来。”推进“以商招商、供应链招商”。';
    expect(names(text, 'Slogan')).toEqual(['以商招商、供应链招商']);
  });

  it('finds the formulations quoted inside someone’s quoted words', () => {
    expect(names('市委书记张三说:“今年要做好‘产业强市’这篇大文章,推动‘智改数转’全覆盖。”', 'Slogan')).toEqual(['产业强市', '智改数转']);
  });
});
