import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, Extraction } from '../../src/ingest/types.js';
import { articlesDir, extract, extractFile, sampleText } from './support.js';

const byName = (x: Extraction, type: Entity['type'], name: string) =>
  x.entities.filter((e) => e.type === type && (e.name === name || e.aliases.includes(name)));
const pairs = (x: Extraction, type: string) => x.relations.filter((r) => r.type === type).map((r) => `${r.from.name}->${r.to.name}`);

describe('resolve: keys and merges', () => {
  const sample = extractFile(sampleText);
  const wujiang = extractFile(join(articlesDir, 'wujiang-qidu-zhenze-inspection.txt'));
  const kunshan = extractFile(join(articlesDir, 'kunshan-npc-bacheng-zhoushi.txt'));

  it('keys 巴城 and 巴城镇 as one town, in one article and across articles', () => {
    const [fromSample] = byName(sample, 'Town', '巴城');
    const [fromFixture] = byName(kunshan, 'Town', '巴城镇');
    // the national division code keys a town the national list has
    expect(fromSample?.key).toBe('320583101');
    expect(fromSample?.properties).toEqual({ kind: 'town', parent: '昆山市', code: '320583101', county: '昆山市', city: '苏州市', province: '江苏省' });
    expect(fromFixture?.key).toBe(fromSample?.key);
    expect(fromSample?.aliases).toContain('巴城');
    expect(fromSample?.resolution).toContain('巴城 → 巴城镇: a name of the gazetteer entry');
  });

  it('keeps 吴江区委书记李铭 and 昆山市领导李铭 apart by jurisdiction', () => {
    expect(byName(wujiang, 'Official', '李铭').map((e) => e.key)).toEqual(['吴江区:李铭']);
    expect(byName(kunshan, 'Official', '李铭').map((e) => e.key)).toEqual(['昆山市:李铭']);
  });

  it('explains namesakes kept apart within one article, and gives a bare name to the visitor of the scene', () => {
    const x = extract('吴江区委书记李铭来到七都镇调研。市领导李铭参加调研。李铭强调,要推进“数字吴江”建设。');
    const keys = byName(x, 'Official', '李铭').map((e) => e.key);
    expect(keys).toEqual(['吴江区:李铭', '苏州市:李铭']);
    expect(byName(x, 'Official', '李铭')[0]?.resolution).toContain('李铭 kept apart from 苏州市:李铭: jurisdiction 吴江区 ≠ 苏州市');
    expect(x.relations.filter((r) => r.type === 'DIRECTED').map((r) => r.from.key)).toEqual(['吴江区:李铭']);
  });

  it('gives the same person the same key in two articles from the same city', () => {
    const cppcc = extractFile(join(articlesDir, 'kunshan-cppcc-15-3-liexi.txt'));
    expect(byName(cppcc, 'Official', '周伟')[0]?.key).toBe(byName(sample, 'Official', '周伟')[0]?.key);
    expect(byName(sample, 'Official', '周伟')[0]?.properties).toEqual({ jurisdiction: '昆山市', titles: ['市人大代表', '市委书记'] });
  });

  it('takes the most local place the titles write as the jurisdiction', () => {
    const x = extract('苏州市委常委、昆山市委书记周伟来到千灯镇调研。');
    expect(byName(x, 'Official', '周伟')[0]?.key).toBe('昆山市:周伟');
  });

  it('merges the short and the full name of a meeting under the full one', () => {
    const meetings = sample.entities.filter((e) => e.type === 'Meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      key: '昆山市/NPC/18/3',
      name: '昆山市第十八届人民代表大会第三次会议',
      aliases: ['市十八届人大三次会议'],
      properties: { jurisdiction: '昆山市', body: 'NPC', term: 18, session: 3 },
    });
    const cppcc = extractFile(join(articlesDir, 'kunshan-cppcc-15-3-liexi.txt')).entities.find((e) => e.type === 'Meeting');
    expect(cppcc).toMatchObject({ key: '昆山市/CPPCC/15/3', name: '政协昆山市第十五届委员会第三次会议' });
  });

  it('extracts a town the gazetteer lacks, with kind from its suffix and the article home as parent', () => {
    const x = extract('吴江区委书记李铭来到七都镇、新港镇调研。李铭强调,新港镇要做强“一镇一品”。');
    const [town] = byName(x, 'Town', '新港镇');
    // keyed under the county's code, so a 新港镇 of another county stays another town
    expect(town).toMatchObject({
      key: '320509/新港镇',
      properties: { kind: 'town', parent: '吴江区', code: null, county: '吴江区', city: '苏州市', province: '江苏省' },
    });
    expect(pairs(x, 'DIRECTED')).toEqual(['李铭->新港镇']);
  });
});
