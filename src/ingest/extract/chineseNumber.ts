const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DIGIT_CHARS = '零一二三四五六七八九';

/** Characters a Chinese or Arabic ordinal may be written with, for building patterns. */
export const NUMERAL = '[0-9零〇一二两三四五六七八九十百]+';

/**
 * Reads 十八, 二十一, 一百零五 or 18 as a number (null if it is not one): meeting terms and
 * sessions are written both ways and must key the same.
 */
export function chineseNumber(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c in DIGITS) digit = DIGITS[c] ?? 0;
    else if (c === '十' || c === '百') {
      total += (digit || 1) * (c === '十' ? 10 : 100);
      digit = 0;
    } else return null;
  }
  return text.length > 0 ? total + digit : null;
}

/** Writes 18 as 十八 (1–999): canonical meeting names use the numerals the genre prints. */
export function toChineseNumber(value: number): string {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let text = hundreds > 0 ? `${DIGIT_CHARS[hundreds]}百` : '';
  if (tens > 0) text += `${tens === 1 && hundreds === 0 ? '' : DIGIT_CHARS[tens]}十`;
  else if (hundreds > 0 && ones > 0) text += '零';
  if (ones > 0) text += DIGIT_CHARS[ones];
  return text || '零';
}
