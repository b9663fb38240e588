import * as OpenCC from 'opencc-js';

// scraped pages keep a few HTML entities; the text means the characters
const HTML_ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'" };
/** Lines or fragments that scraping leaves behind: placeholders for images and paywalled content. */
const SCRAPING_NOISE: readonly RegExp[] = [/(?:图片附件)+/g, /查看隐藏内容(?:\([^)\n]*\))?(?:需?先?登录(?:后查看)?)?/g, /点击(?:查看)?(?:大图|原图)/g];

// 縣長(zhǎng): some mirrors of traditional-character pages gloss characters with their pinyin; the
// gloss is no part of a name or a slogan. Lower-case syllables only, right after a Chinese character.
const PINYIN_GLOSS = /(?<=\p{Script=Han})\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*|[a-zü]{1,6})\)/gu;
// 西河?xùn)|聯: where the mirror lost the glossed character to a bad encoding, only "?" and the gloss
// are left, and that "?" would end a sentence in the middle of a place name
const ORPHANED_GLOSS = /(?<=\p{Script=Han})\?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*\)/gu;

// characters that make a space meaningful: between two of these a space separates words
const LATIN_WORD = /[A-Za-z0-9]/;

let toSimplified: ((text: string) => string) | undefined;
let traditional: Set<string> | undefined;
// characters simplified script also writes as they are, which conversion would still change
const SIMPLIFIED_TOO = new Set([...'乾著']);

/**
 * Normalizes raw article text into the form every evidence offset points into: simplified
 * characters, ASCII for full-width punctuation/digits/letters, no scraping noise, no stray
 * whitespace. Deterministic, so the same article always gets the same id and offsets.
 */
export function normalize(raw: string): string {
  const decoded = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/&(?:nbsp|amp|quot|lt|gt|#39);/g, (entity) => HTML_ENTITIES[entity] ?? entity);
  const simplified = simplify(decoded);
  const narrowed = narrowFullWidth(simplified);
  const lines = narrowed.split('\n').map((line) => tidyLine(removeNoise(line)));
  return lines.filter((line) => line.length > 0).join('\n');
}

// char-level 'tw' keeps mainland vocabulary intact ('twp' would turn 智慧城市 into 智能城市)
function simplify(text: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  traditional ??= traditionalCharacters(convert);
  for (const c of text) if (traditional.has(c)) return convert(text);
  return text;
}

// the characters conversion changes, found once by converting the CJK block: a text with none of
// them is simplified already, and converting it (a third of normalizing) would also turn
// characters simplified script keeps, such as 乾 of 乾县, into others
function traditionalCharacters(convert: (text: string) => string): Set<string> {
  // one character a line, so that a phrase rule cannot shift what lines up with what
  const block = Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => String.fromCharCode(0x4e00 + i));
  const converted = convert(block.join('\n')).split('\n');
  const changed = new Set<string>();
  block.forEach((c, i) => {
    if (converted[i] !== c && !SIMPLIFIED_TOO.has(c)) changed.add(c);
  });
  return changed;
}

// the stored texts use ASCII for punctuation and digits; 、。“”《》 have no full-width twin and stay
function narrowFullWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/「/g, '“')
    .replace(/」/g, '”')
    .replace(/『/g, '‘')
    .replace(/』/g, '’')
    .split('\n')
    .map(curlStraightQuotes)
    .join('\n');
}

// quote rules look for “…”; straight quotes are paired left to right when a line balances them
function curlStraightQuotes(line: string): string {
  const count = line.split('"').length - 1;
  if (count === 0 || count % 2 !== 0) return line;
  let opening = true;
  return line.replace(/"/g, () => {
    const quote = opening ? '“' : '”';
    opening = !opening;
    return quote;
  });
}

// boilerplate may sit alone on a line or glued into one; a space keeps the words around it apart until tidyLine
function removeNoise(line: string): string {
  return SCRAPING_NOISE.reduce((acc, pattern) => acc.replace(pattern, ' '), line)
    .replace(PINYIN_GLOSS, '')
    .replace(ORPHANED_GLOSS, '');
}

// Chinese needs no spaces; keep a single one only where it separates two Latin words or numbers
function tidyLine(line: string): string {
  const collapsed = line.replace(/\s+/g, ' ').trim();
  return collapsed.replace(/ /g, (_space, offset: number) => {
    const before = collapsed[offset - 1] ?? '';
    const after = collapsed[offset + 1] ?? '';
    return LATIN_WORD.test(before) && LATIN_WORD.test(after) ? ' ' : '';
  });
}
