import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/ingest/normalize.js';

describe('normalize', () => {
  it('turns traditional characters into simplified ones without rewriting mainland vocabulary', () => {
    expect(normalize('吳江區委書記李銘來到七都鎮、震澤鎮調研')).toBe('吴江区委书记李铭来到七都镇、震泽镇调研');
    expect(normalize('推進智慧城市建設')).toBe('推进智慧城市建设');
  });

  it('narrows full-width punctuation, digits and letters, and keeps 、。“”《》', () => {
    expect(normalize('要求：一、二；（三）！？ＴＯＤ１２３＋')).toBe('要求:一、二;(三)!?TOD123+');
    expect(normalize('他说，“好。”《报告》')).toBe('他说,“好。”《报告》');
  });

  it('turns 「」 and balanced straight quotes into “”, so quoted formulations read alike', () => {
    expect(normalize('擦亮「昆如意」品牌')).toBe('擦亮“昆如意”品牌');
    expect(normalize('推进"物业城市"建设')).toBe('推进“物业城市”建设');
  });

  it('removes scraping noise lines and fragments, repeated or glued', () => {
    const raw = '标题\n查看隐藏内容(*)需先登录\n第一段。\n图片附件\n图片附件图片附件\n第二段图片附件。';
    expect(normalize(raw)).toBe('标题\n第一段。\n第二段。');
  });

  it('collapses stray whitespace but keeps a space between Latin words', () => {
    expect(normalize('  周伟强调●\u2002产业发展 上要 \t突出\u3000高质量\r\n\r\n\n  Hello  World 2024 ')).toBe(
      '周伟强调●产业发展上要突出高质量\nHello World 2024',
    );
  });

  it('decodes the HTML entities scraped pages leave', () => {
    expect(normalize('昆山&nbsp;花桥&amp;上海')).toBe('昆山花桥&上海');
  });

  it('is idempotent, so normalizing stored text again changes no offset', () => {
    const once = normalize('吳江區，「生態優先」！\n圖片附件\n  ＡＩ　賽道 ');
    expect(normalize(once)).toBe(once);
  });
});
