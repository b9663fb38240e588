import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
const cache = new Map<string, TaggedWord[]>();
// the phrases tagged are a few characters each and repeat across articles; the cap bounds memory
const CACHE_LIMIT = 20_000;

/** Tags a short phrase with jieba's shipped dictionary (loaded once, on first use), memoized. */
export function posTag(phrase: string): TaggedWord[] {
  let tagged = cache.get(phrase);
  if (!tagged) {
    jieba ??= Jieba.withDict(dict);
    tagged = jieba.tag(phrase);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(phrase, tagged);
  }
  return tagged;
}
