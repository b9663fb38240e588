import type { Unit } from '../split.js';
import type { Draft, PersonMention, PlaceMention, Span } from './mentions.js';
import type { Scene } from './scene.js';

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

/** Opens remarks at the speech-verb sentence; their evidence grows to the first point when the verb stands alone. */
export function remarks(speaker: PersonMention, towns: PlaceMention[], unit: Unit): Remarks {
  return { speaker, towns, evidence: { start: unit.start, end: unit.end }, points: [], bulletParagraph: null, awaitingContent: true };
}

/** Ends the current remarks, emitting DIRECTED to each town they were addressed to. */
export function closeRemarks(scene: Scene, drafts: Draft[]): void {
  const current = scene.remarks;
  scene.remarks = null;
  if (!current || current.points.length === 0) return;
  for (const town of current.towns) {
    drafts.push({ type: 'DIRECTED', from: current.speaker, to: town, evidence: current.evidence, properties: { points: current.points } });
  }
}

/** Adds a sentence of remarks: bullets become one point each, other sentences one point each. */
export function addPoint(current: Remarks, unit: Unit, words: string): void {
  if (current.awaitingContent) {
    current.evidence = { start: current.evidence.start, end: unit.end };
    current.awaitingContent = false;
  }
  const continuesBullet = unit.bullet && current.bulletParagraph === unit.paragraph && current.points.length > 0;
  if (continuesBullet) current.points[current.points.length - 1] += words;
  else current.points.push(words);
  current.bulletParagraph = unit.bullet ? unit.paragraph : null;
}
