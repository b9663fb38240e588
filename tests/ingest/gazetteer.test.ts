import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-gazetteer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer();

  it('resolves short forms and aliases to the canonical entry', () => {
    expect(gazetteer.lookup('巴城')?.name).toBe('巴城镇');
    expect(gazetteer.lookup('花桥')?.name).toBe('花桥经济开发区');
    expect(gazetteer.lookup('昆山高新区')?.name).toBe('昆山高新技术产业开发区');
    expect(gazetteer.lineage(gazetteer.lookup('七都')!).map((e) => e.name)).toEqual(['七都镇', '吴江区', '苏州市', '江苏省']);
  });

  it('resolves a surface several places share only inside the article home', () => {
    const lookup = (home: string) => gazetteer.lookup('高新区', gazetteer.lookup(home))?.name ?? null;
    expect(lookup('昆山市')).toBe('昆山高新技术产业开发区');
    expect(lookup('苏州市')).toBe('虎丘区');
    expect(lookup('相城区')).toBeNull();
    expect(gazetteer.lookup('高新区')).toBeNull();
  });

  it('adds extra files: new places, and aliases for shipped ones', () => {
    const extra = file('extra.json', { entries: [
      { name: '青浦区', kind: 'district', aliases: ['青浦'], parent: '上海市' },
      { name: '巴城镇', kind: 'town', aliases: ['巴城地区'], parent: '昆山市' },
    ] });
    const merged = loadGazetteer([extra]);
    expect(merged.lookup('青浦')?.parent).toBe('上海市');
    expect(merged.lookup('巴城地区')?.name).toBe('巴城镇');
  });

  it('names the file and the entry when an extra file is wrong', () => {
    expect(() => loadGazetteer([file('bad-kind.json', [{ name: '某镇', kind: 'village', aliases: [], parent: null }])])).toThrow(
      /bad-kind\.json: entry #0 \("某镇"\): expected "kind" to be one of town, .*; got "village"/,
    );
    expect(() => loadGazetteer([file('no-name.json', [{ kind: 'town' }])])).toThrow(/no-name\.json: entry #0: expected "name" to be a non-empty string; got nothing/);
    expect(() => loadGazetteer([file('orphan.json', [{ name: '某镇', kind: 'town', aliases: [], parent: '不存在市' }])])).toThrow(/"某镇" names parent "不存在市", which no loaded file defines/);
    expect(() => loadGazetteer([file('clash.json', [{ name: '巴城镇', kind: 'district', aliases: [], parent: '昆山市' }])])).toThrow(/clash\.json: entry "巴城镇".*kind "district" but an earlier file says "town"/);
    expect(() => loadGazetteer([file('broken.json', '{ not json')])).toThrow(/broken\.json: expected a readable JSON file/);
    expect(() => loadGazetteer([join(dir, 'missing.json')])).toThrow(/missing\.json: expected a readable JSON file/);
  });
});
