import { describe, expect, it } from 'vitest';
import { split } from '../../src/ingest/split.js';

describe('split', () => {
  const text = '标题\n周伟指出,要坚持“稳中求进。”做好工作!周伟强调●要抓机遇。要谋发展。\n●要强功能。';

  it('cuts at 。!? and line breaks, never inside quotes, keeping closing quotes with their sentence', () => {
    expect(split(text).map((u) => u.text)).toEqual(['标题', '周伟指出,要坚持“稳中求进。”做好工作!', '周伟强调', '要抓机遇。', '要谋发展。', '要强功能。']);
  });

  it('starts a bullet paragraph at every ● and leaves the marker out of the sentence', () => {
    const units = split(text);
    expect(units.map((u) => u.bullet)).toEqual([false, false, false, true, true, true]);
    expect(units[3]?.paragraph).toBe(units[4]?.paragraph);
    expect(units[5]?.paragraph).not.toBe(units[4]?.paragraph);
  });

  it('gives offsets that slice the text back to each sentence', () => {
    for (const unit of split(text)) expect(text.slice(unit.start, unit.end)).toBe(unit.text);
  });

  it('returns nothing for blank text', () => {
    expect(split(' \n ')).toEqual([]);
  });
});
