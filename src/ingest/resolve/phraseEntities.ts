import type { PhraseMention } from '../extract/mentions.js';
import type { IndustryEntity, SloganEntity } from '../types.js';

/**
 * One Slogan or Industry per wording, keyed by the wording itself so that every article quoting
 * “一镇一品” points at the same node. A wording the article calls an industry anywhere is an
 * Industry everywhere in it, so the same words never become two nodes of different types.
 */
export function phraseEntities(mentions: PhraseMention[]): Map<PhraseMention, SloganEntity | IndustryEntity> {
  const industries = new Set(mentions.filter((m) => m.type === 'Industry').map((m) => keyOf(m.text)));
  const byKey = new Map<string, SloganEntity | IndustryEntity>();
  const byMention = new Map<PhraseMention, SloganEntity | IndustryEntity>();
  for (const mention of mentions) {
    const key = keyOf(mention.text);
    const entity = byKey.get(key) ?? newPhrase(key, mention, industries.has(key));
    byKey.set(key, entity);
    byMention.set(mention, entity);
  }
  return byMention;
}

// the type decides the entity's shape, so each type is built on its own branch
function newPhrase(key: string, mention: PhraseMention, isIndustry: boolean): SloganEntity | IndustryEntity {
  // 砂糖橘产业 is also written 砂糖橘: the bare trade is the same industry
  const bare = isIndustry && mention.text.endsWith('产业') && mention.text.length > 2 ? [mention.text.slice(0, -2)] : [];
  const base = { key, name: mention.text, aliases: bare, properties: {} };
  if (!isIndustry) return { type: 'Slogan', ...base, resolution: [] };
  const resolution = mention.type === 'Industry' ? [] : [`${mention.text}: called an industry elsewhere in the article`];
  return { type: 'Industry', ...base, resolution };
}

// whitespace is never meaningful inside a Chinese formulation
function keyOf(text: string): string {
  return text.replace(/\s+/g, '');
}
