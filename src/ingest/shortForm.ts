import type { TownProperties } from './types.js';

// each kind drops only its own suffixes: 花桥经济开发区, a town by kind, keeps its 区
const SUFFIX_BY_KIND: Record<string, RegExp> = {
  town: /(?:镇|乡|苏木)$/u,
  subdistrict: /街道$/u,
  district: /区$/u,
  county: /(?:县|旗|林区|特区)$/u,
  county_city: /市$/u,
  city: /(?:市|州|盟|地区)$/u,
  province: /(?:省|市)$/u,
};
const AUTONOMOUS = /自治(区|州|县|旗)$/u;
// the peoples named in autonomous units' names (长阳土家族自治县, 大厂回族自治县, 民族乡)
const PEOPLES = [
  '维吾尔',
  '哈萨克',
  '柯尔克孜',
  '乌孜别克',
  '塔吉克',
  '塔塔尔',
  '达斡尔',
  '鄂温克',
  '鄂伦春',
  '俄罗斯',
  '土家',
  '蒙古',
  '布依',
  '哈尼',
  '傈僳',
  '仡佬',
  '东乡',
  '拉祜',
  '纳西',
  '仫佬',
  '锡伯',
  '景颇',
  '毛南',
  '撒拉',
  '布朗',
  '阿昌',
  '普米',
  '基诺',
  '德昂',
  '保安',
  '裕固',
  '门巴',
  '独龙',
  '赫哲',
  '珞巴',
  '朝鲜',
  '高山',
  '壮',
  '回',
  '苗',
  '彝',
  '藏',
  '侗',
  '瑶',
  '白',
  '黎',
  '傣',
  '畲',
  '水',
  '佤',
  '羌',
  '土',
  '怒',
  '京',
  '满',
  '各',
];
// 大厂回族自治县 and 民族乡 names write the people with 族; 新疆维吾尔自治区 alone without it
const PEOPLE_NAMES = new RegExp(`(?:(?:${PEOPLES.join('|')})族|维吾尔)+$`, 'u');
// 第二街道 would make every 第二代表团 a place
const ORDINAL = /^第?[0-9一二三四五六七八九十百]+$/u;

/**
 * The short forms an article may write for a place: 巴城 for 巴城镇, 吴江 for 吴江区; for an
 * autonomous unit the bare stem and the stem with its level (黔东南 and 黔东南州 for 黔东南苗族侗族
 * 自治州). Empty when the name has no suffix to drop or the stem would be one character, which
 * would match too much.
 */
export function shortForms(entry: { name: string; kind: TownProperties['kind'] }): string[] {
  const suffix = SUFFIX_BY_KIND[entry.kind];
  if (!suffix) return [];
  const autonomous = AUTONOMOUS.exec(entry.name);
  const stem = entry.name.replace(autonomous ? AUTONOMOUS : suffix, '').replace(PEOPLE_NAMES, '');
  if (stem === entry.name || stem.length < 2 || ORDINAL.test(stem)) return [];
  const level = autonomous?.[1];
  return level && level !== '区' ? [stem, `${stem}${level}`] : [stem];
}
