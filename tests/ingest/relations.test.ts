import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.js';
import { articlesDir, extract, extractFile, sampleText } from './support.js';

const pairs = (x: Extraction, type: string) => [...new Set(x.relations.filter((r) => r.type === type).map((r) => `${r.from.name}->${r.to.name}`))].sort();

describe('relations: who attended, directed and mentioned what', () => {
  it('pairs A、B分别参加X组、Y组 one to one', () => {
    const x = extract('市十八届人大三次会议期间,市委书记周伟、市长陈丽艳分别参加第二代表团巴城组、第三代表团千灯组审议。');
    expect(pairs(x, 'ATTENDED').filter((p) => !p.includes('会议'))).toEqual(['周伟->巴城镇', '陈丽艳->千灯镇']);
    const delegations = x.relations.filter((r) => r.to.type === 'Town').map((r) => r.properties.delegation);
    expect(delegations.sort()).toEqual(['第三代表团', '第二代表团']);
  });

  it('links every name of a 市领导 list to the meeting, with 列席 or 参加 as written', () => {
    const x = extract('出席市政协十五届三次会议的委员分组讨论。市领导孙道寻、李文、单杰列席讨论。代表王明参加讨论。');
    const attended = x.relations.filter((r) => r.type === 'ATTENDED');
    expect(attended.map((r) => `${r.from.name}:${r.properties.role}:${r.to.type}`).sort()).toEqual([
      '单杰:列席:Meeting',
      '孙道寻:列席:Meeting',
      '李文:列席:Meeting',
      '王明:参加:Meeting',
    ]);
  });

  it('carries a leader’s 强调 over the following ● points until another place takes over', () => {
    const sample = extractFile(sampleText);
    const directed = sample.relations.filter((r) => r.type === 'DIRECTED' && r.evidence.sentence.startsWith('周伟强调'));
    expect(directed).toHaveLength(1);
    expect(directed[0]?.properties.points).toHaveLength(4);
    expect(directed[0]?.to.name).toBe('昆山高新技术产业开发区');
    expect(pairs(sample, 'DIRECTED')).toEqual(['周伟->巴城镇', '周伟->昆山高新技术产业开发区', '陈丽艳->千灯镇', '陈丽艳->花桥经济开发区']);
  });

  it('gives what delegates raise to their town group, not to the leader who visits it', () => {
    const sample = extractFile(sampleText);
    const discussion = sample.relations.filter((r) => r.type === 'MENTIONS' && r.properties.context === 'discussion');
    expect(new Set(discussion.map((r) => r.from.type))).toEqual(new Set(['Town']));
    expect(discussion.map((r) => r.to.name)).toContain('专精特新');
    expect(pairs(sample, 'MENTIONS')).not.toContain('周伟->专精特新');
    const remark = sample.relations.find((r) => r.type === 'MENTIONS' && r.to.name === '两篇文章');
    expect(remark?.properties).toEqual({ context: 'remarks', town: '320583/昆山高新技术产业开发区' });
  });

  it('emits no DIRECTED when only the group’s own delegates speak', () => {
    const x = extractFile(join(articlesDir, 'taicang-shaxi-delegates.txt'));
    expect(pairs(x, 'DIRECTED')).toEqual([]);
    expect(x.relations.filter((r) => r.type === 'MENTIONS' && r.from.type === 'Official')).toEqual([]);
    expect(pairs(x, 'ATTENDED')).toContain('顾建平->沙溪镇');
  });

  it('never makes 习近平 of 习近平新时代中国特色社会主义思想 an attendee', () => {
    const sample = extractFile(sampleText);
    expect(sample.entities.some((e) => e.name === '习近平')).toBe(false);
    expect(pairs(sample, 'ATTENDED').some((p) => p.startsWith('习近平'))).toBe(false);
  });

  it('reads names glued in a headline against the names the body titles', () => {
    const sample = extractFile(sampleText);
    const fromTitle = sample.relations.filter((r) => r.type === 'ATTENDED' && r.evidence.start === 0);
    expect(fromTitle.map((r) => `${r.from.key}->${r.to.key}`).sort()).toEqual(['昆山市:周伟->昆山市/NPC/18/3', '昆山市:陈丽艳->昆山市/NPC/18/3']);
  });

  it('links the accompanying leaders of an inspection tour to the visited towns', () => {
    const x = extractFile(join(articlesDir, 'wujiang-qidu-zhenze-inspection.txt'));
    expect(pairs(x, 'ATTENDED')).toEqual(expect.arrayContaining(['李铭->七都镇', '李铭->震泽镇', '王建国->七都镇', '沈丽华->震泽镇']));
    const tour = x.relations.find((r) => r.type === 'ATTENDED' && r.from.name === '李铭');
    expect(tour?.properties.role).toBe('调研');
  });

  it('reads titled names separated by a comma as one subject', () => {
    const x = extract('*月*日,市委书记张三,市委副书记、市长李四参加市政协十五届三次会议联组讨论。');
    expect(pairs(x, 'ATTENDED')).toEqual(['张三->市政协十五届三次会议', '李四->市政协十五届三次会议']);
  });
});
