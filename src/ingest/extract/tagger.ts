import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

/** jieba with its shipped dictionary, loaded once on first use (a few hundred milliseconds). */
export function tagger(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}
