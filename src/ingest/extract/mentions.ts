import type { RelationProperties, RelationType } from '../types.js';

/** Internal shapes passed from the extract stage to resolve; offsets index the normalized text. */
export interface Span {
  start: number;
  end: number;
}

export interface PersonMention extends Span {
  kind: 'person';
  name: string;
  /** titles as written before the name, e.g. ['市人大代表', '市委书记']; empty for a bare mention */
  titles: string[];
  /** where the first title starts (= start for a bare mention), so lists of titled names can be chained */
  titleStart: number;
  /** the town the sentence stands in, set by the discourse walk for titles like 镇党委书记 that omit it */
  localTown?: PlaceMention;
  /** untitled, but named in a list that attends as officials do (吴爱国、徐德美、黄敏等分别参加) */
  listed?: boolean;
}

export interface PlaceMention extends Span {
  kind: 'place';
  surface: string;
}

export interface MeetingMention extends Span {
  kind: 'meeting';
  surface: string;
  body: 'NPC' | 'CPPCC';
  term: number;
  session: number;
  /** the place written with it (昆山市第十八届…), or null when it only says 市/区 */
  place: string | null;
  /** 市, 区, 县 or 省 when the meeting is named by level only (市十八届人大三次会议) */
  level: string | null;
}

export interface PhraseMention extends Span {
  kind: 'phrase';
  type: 'Slogan' | 'Industry';
  text: string;
}

export type Mention = PersonMention | PlaceMention | MeetingMention | PhraseMention;

/** A relation before resolution: its ends are mentions, turned into entity refs by resolve. */
export interface Draft {
  type: RelationType;
  from: PersonMention | PlaceMention;
  to: PlaceMention | MeetingMention | PhraseMention;
  evidence: Span;
  properties: RelationProperties;
  /** the meeting whose group was attended; resolve writes its key into properties.meeting */
  meeting?: MeetingMention | null;
  /** the town where remarks were made; resolve writes its key into properties.town */
  town?: PlaceMention | null;
}

/** An official's remarks in progress: who, to which towns, and the points so far. */
export interface Remarks {
  speaker: PersonMention;
  towns: PlaceMention[];
  evidence: Span;
  points: string[];
  /** the bullet paragraph the last point came from, so a bullet's sentences make one point */
  bulletParagraph: number | null;
  /** the verb sentence had no content (张三强调●…): its evidence runs on to the first point */
  awaitingContent: boolean;
}
