import { describe, expect, it } from 'vitest';
import { chineseNumber, toChineseNumber } from '../../src/ingest/extract/chineseNumber.js';
import { dates } from '../../src/ingest/extract/dates.js';
import { officials } from '../../src/ingest/extract/officials.js';

describe('small readers', () => {
  it('reads and writes the numerals of meeting terms', () => {
    expect(['十八', '十五', '二十一', '三', '一百零五', '18'].map(chineseNumber)).toEqual([18, 15, 21, 3, 105, 18]);
    expect(chineseNumber('届')).toBeNull();
    expect([18, 10, 21, 3, 105].map(toChineseNumber)).toEqual(['十八', '十', '二十一', '三', '一百零五']);
  });

  it('reads dates, leaving masked or yearless ones unknown', () => {
    expect(dates('2024年1月5日,*月*日,3月8日', null).map((d) => d.iso)).toEqual(['2024-01-05', null, null]);
    expect(dates('3月8日', 2024).map((d) => d.iso)).toEqual(['2024-03-08']);
  });

  it('reads names only after titles, sized by what follows them', () => {
    const found = officials('市人大代表、市委副书记、市长陈丽艳来到千灯组。市领导孙道寻、李文参加审议。陈丽艳指出,要抓落实。');
    expect(found.map((p) => `${p.name}:${p.titles.join('|')}`)).toEqual(['陈丽艳:市人大代表|市委副书记|市长', '孙道寻:市领导', '李文:市领导', '陈丽艳:']);
  });

  it('does not take common words after a title for names', () => {
    expect(officials('市领导陆续来到会场,区领导高度重视,市领导严格要求,代表们纷纷发言。')).toEqual([]);
  });

  it('settles a name’s length from its other mentions (张国强调研 is 张国强 + 调研)', () => {
    expect(officials('代表张国强调研时说,要抓落实。张国强指出,要抓落实。').map((p) => p.name)).toEqual(['张国强', '张国强']);
  });
});
