import type { Gazetteer } from '../gazetteer.js';
import type { PersonMention, PlaceMention } from './mentions.js';
import { samePlace } from './places.js';
import { isMemberTitle } from './titles.js';

/**
 * A speaker directs the town only as a visiting leader: the visitor of the scene, or someone with
 * an office title who does not hold office in the town itself. A delegate (代表张三) or the town's
 * own secretary (沙溪镇党委书记) speaking in the group is part of the group's discussion.
 */
export function speaksAsLeader(
  speaker: PersonMention,
  actor: PersonMention | null,
  towns: PlaceMention[],
  titlesByName: Map<string, string[]>,
  gazetteer: Gazetteer,
): boolean {
  if (speaker.name === actor?.name) return true;
  const titles = titlesByName.get(speaker.name) ?? [];
  if (!titles.some((title) => !isMemberTitle(title))) return false;
  return !titles.some((title) => towns.some((town) => titleNamesTown(title, town, gazetteer)));
}

// 沙溪镇党委书记 holds office in 沙溪 whether the group is written 沙溪组 or 沙溪镇组
function titleNamesTown(title: string, town: PlaceMention, gazetteer: Gazetteer): boolean {
  const surface = gazetteer.surfaceAt(title, 0);
  return title.startsWith(town.surface) || (surface !== null && samePlace(surface, town.surface, gazetteer));
}
