import type { Gazetteer } from '../gazetteer.js';
import type { Draft, PlaceMention } from './mentions.js';
import { samePlace } from './places.js';
import type { Scene } from './scene.js';

/**
 * Records places the event's tour reaches (visits, not meeting groups) and links the escorts who
 * joined before any place was named (陪同调研 in the opening lines): they went wherever the tour went.
 */
export function extendTour(scene: Scene, towns: PlaceMention[], gazetteer: Gazetteer, drafts: Draft[]): void {
  for (const town of towns) {
    if (scene.tour.some((seen) => samePlace(seen.surface, town.surface, gazetteer))) continue;
    scene.tour.push(town);
    for (const { person, evidence, role } of scene.escorts) {
      drafts.push({
        type: 'ATTENDED',
        from: person,
        to: town,
        evidence,
        properties: { role, delegation: null, date: scene.date, dateSource: scene.dateSource },
        meeting: null,
      });
    }
  }
}
