import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import type { MeetingMention, PersonMention } from './mentions.js';
import { posTag } from './tagger.js';

/** The jurisdiction an article is written from: what 市领导, 市委书记 or 市十八届人大 refer to. */
export interface Home {
  name: string;
  entry: GazetteerEntry | null;
  reason: string;
}

// the evidence, strongest first: a session names its congress's place, a title its holder's, a
// headline the article's subject; a place named in passing, or the county of a town, counts least
const WEIGHT = { meeting: 10, title: 4, headline: 3, named: 1, town: 1 };
// characters that end a full administrative name: only there can one end
const NAME_ENDS = /[省市区县旗州盟镇乡道]/gu;
const ENDS_LIKE_A_NAME = /[省市区县旗州盟镇乡道]$/u;
const HEADLINE_MAX = 64;
const GROUP_AFTER = /^(?:代表团|组|团)/u;
const TOWN_LEVEL = 9;
// 苍南新闻网2月16日消息, 来源:安岳县融媒体中心: a county's own news outlet, named after its place
const MASTHEAD = /(\p{Script=Han}{2,5}?)(?:新闻网|新闻中心|融媒体中心|广播电视台|电视台|日报社?)/gu;
// 青浦区委书记: a place the gazetteer lacks, known by the party or government body after it
const UNKNOWN_IN_TITLE = /^(\p{Script=Han}{2,4}?(?:省|市|区|县|旗))(?=委|人大|政协|政府|人民政府|纪委|监委|[省市区县]长|副|常委)/u;

/**
 * Decides where an article is from before anything is resolved, so that towns are read and placed
 * inside it (城关镇 is one of 134 places of that name): every place the article names votes for
 * itself — a session's place most, then titles, the headline, full names in the text, the county
 * of a uniquely named town — and the place with most votes wins, the more local one on a tie.
 */
export function articlePlace(text: string, meetings: MeetingMention[], persons: PersonMention[], gazetteer: Gazetteer): Home | null {
  const votes = new Map<GazetteerEntry, { score: number; first: number; why: string }>();
  const vote = (entries: GazetteerEntry[], weight: number, at: number, why: string) => {
    for (const entry of entries) {
      const seen = votes.get(entry);
      if (seen) seen.score += weight / entries.length;
      else votes.set(entry, { score: weight / entries.length, first: at, why });
    }
  };
  const unknown: Home[] = [];
  for (const meeting of meetings) {
    if (meeting.place)
      vote(aboveTowns(gazetteer.candidates(meeting.place)), WEIGHT.meeting, meeting.start, `meeting ${meeting.surface} names ${meeting.place}`);
  }
  for (const person of persons) {
    for (const title of person.titles) {
      const surface = gazetteer.surfaceAt(title, 0);
      if (surface) vote(aboveTowns(gazetteer.candidates(surface)), WEIGHT.title, person.start, `title ${title} names ${surface}`);
      const written = surface ? null : UNKNOWN_IN_TITLE.exec(title)?.[1];
      if (written) unknown.push({ name: written, entry: null, reason: `title ${title} names ${written}, which the gazetteer lacks` });
    }
  }
  const headlineEnd = text.indexOf('\n');
  if (headlineEnd > 0 && headlineEnd <= HEADLINE_MAX) {
    for (let at = 0; at < headlineEnd; at++) {
      const surface = gazetteer.surfaceAt(text.slice(0, headlineEnd), at);
      if (!surface) continue;
      // 蛟河代表团 at a city congress: a place that names a delegation lies inside the article's place
      const group = GROUP_AFTER.test(text.slice(at + surface.length, at + surface.length + 3));
      const named = aboveTowns(gazetteer.candidates(surface));
      vote(
        group ? named.flatMap((entry) => (entry.parent ? [entry.parent] : [])) : named,
        WEIGHT.headline,
        at,
        `the headline names ${group ? `the delegation of ${surface}` : surface}`,
      );
      at += surface.length - 1;
    }
  }
  const outlets = new Set<string>();
  for (const match of text.matchAll(MASTHEAD)) {
    const stem = match[1]!;
    const surface = [0, 1, 2].map((skip) => stem.slice(skip)).find((tail) => tail.length >= 2 && gazetteer.surfaceAt(tail, 0) === tail);
    if (!surface || outlets.has(surface)) continue;
    outlets.add(surface);
    vote(aboveTowns(gazetteer.candidates(surface)), WEIGHT.headline, match.index, `the news outlet ${match[0]} names ${surface}`);
  }
  for (const end of text.matchAll(NAME_ENDS)) {
    const surface = gazetteer.surfaceBefore(text, end.index + 1);
    if (!surface || !ENDS_LIKE_A_NAME.test(surface)) continue;
    if (GROUP_AFTER.test(text.slice(end.index + 1, end.index + 4)) || isCommonNoun(surface)) continue;
    const candidates = gazetteer.candidates(surface).filter((entry) => entry.name === surface);
    const towns = candidates.filter((entry) => entry.code?.length === TOWN_LEVEL);
    if (towns.length === 1) vote(aboveTowns(gazetteer.lineage(towns[0]!)), WEIGHT.town / 3, end.index, `${surface} lies there`);
    else vote(aboveTowns(candidates), WEIGHT.named, end.index, `the text names ${surface}`);
  }
  return bestPlace(votes, gazetteer) ?? unknown[0] ?? null;
}

// a place's support includes the places above it the article also names (朝阳区 in a 北京 article)
function bestPlace(votes: Map<GazetteerEntry, { score: number; first: number; why: string }>, gazetteer: Gazetteer): Home | null {
  let best: { entry: GazetteerEntry; own: number; total: number; first: number; why: string } | null = null;
  for (const [entry, { score, first, why }] of votes) {
    const total = gazetteer.lineage(entry).reduce((sum, at) => sum + (votes.get(at)?.score ?? 0), 0);
    const better =
      !best ||
      score > best.own + 1e-9 ||
      (Math.abs(score - best.own) < 1e-9 && (total > best.total + 1e-9 || (Math.abs(total - best.total) < 1e-9 && first < best.first)));
    if (better) best = { entry, own: score, total, first, why };
  }
  return best ? { name: best.entry.name, entry: best.entry, reason: best.why } : null;
}

// 城区 of 中心城区, 郊区, 矿区: names several districts carry that are also everyday words
function isCommonNoun(surface: string): boolean {
  const tokens = posTag(surface);
  return tokens.length === 1 && !tokens[0]!.tag.startsWith('ns');
}

// a township is never an article's home: it is where the article's leaders go
function aboveTowns(entries: GazetteerEntry[]): GazetteerEntry[] {
  return entries.filter((entry) =>
    entry.code === null ? !['town', 'subdistrict', 'development_zone', 'other'].includes(entry.kind) : entry.code.length < TOWN_LEVEL,
  );
}
