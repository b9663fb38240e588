import type { MeetingMention, PersonMention, PlaceMention, Remarks, Span } from './mentions.js';

/** What the article is talking about at the current sentence. */
export interface Scene {
  meeting: MeetingMention | null;
  /** the visitor whose tour or group visit is being reported; 他/她 refer to them */
  actor: PersonMention | null;
  towns: PlaceMention[];
  /** true when `towns` are groups of the meeting, so members speaking there attended it */
  townsAreGroups: boolean;
  /** the town holds its own congress or meeting: whoever takes part in the session sits in that town */
  ownMeeting: boolean;
  delegation: string | null;
  date: string | null;
  /** how the paragraph's date was written: in full, or a month and day completed with the year */
  dateSource: 'text' | 'partial' | null;
  remarks: Remarks | null;
  /** delegates are discussing: quotes are what the town group raised */
  discussion: boolean;
  /** every place the event's tour has reached so far, in order: 调研中 remarks speak to all of them */
  tour: PlaceMention[];
  /** who joined the tour (陪同调研) before any place was named: linked to each place as the tour reaches it */
  escorts: { person: PersonMention; evidence: Span; role: string }[];
}

/** The scene before the first sentence: nothing named yet. */
export function scene(): Scene {
  return {
    meeting: null,
    actor: null,
    towns: [],
    townsAreGroups: false,
    ownMeeting: false,
    delegation: null,
    date: null,
    dateSource: null,
    remarks: null,
    discussion: false,
    tour: [],
    escorts: [],
  };
}

/** Sets the towns the following sentences are about; a new place ends remarks and discussion. */
export function moveTo(scene: Scene, towns: PlaceMention[], areGroups: boolean, delegation: string | null): void {
  scene.towns = towns;
  scene.townsAreGroups = areGroups;
  scene.ownMeeting = false;
  scene.delegation = delegation;
  scene.discussion = false;
}

/** The date a fact read in this scene carries: its paragraph's, when the paragraph opens with one (else the lead's, later). */
export function sceneDate(scene: Scene): { date?: string; dateSource?: 'text' | 'partial' } {
  return scene.date === null || scene.dateSource === null ? {} : { date: scene.date, dateSource: scene.dateSource };
}
