import type { Unit } from '../split.js';
import type { Draft, PersonMention, PlaceMention, Remarks } from './mentions.js';
import { sceneDate, type Scene } from './scene.js';

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
    drafts.push({ type: 'DIRECTED', from: current.speaker, to: town, evidence: current.evidence, properties: { points: current.points, ...sceneDate(scene) } });
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
