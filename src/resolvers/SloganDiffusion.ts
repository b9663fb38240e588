import { adoptionCurve } from '../analysis/adoptionCurve.js';
import type { DiffusionEvent } from '../data/traversal.js';
import type { SloganDiffusionResolvers } from '../generated/resolvers.js';

export const SloganDiffusion: SloganDiffusionResolvers = {
  subject: (diffusion, _args, { graph }) => graph.node.get(['Slogan', 'Industry'], diffusion.subject),
  // the timeline is sorted oldest first with undated appearances last
  firstAppearance: (diffusion) => diffusion.events[0] ?? null,
  townCount: (diffusion) => new Set(diffusion.events.map((event) => event.town).filter(Boolean)).size,
  officialCount: (diffusion) => new Set(diffusion.events.map((event) => event.official).filter(Boolean)).size,
  timeline: (diffusion) => diffusion.events.slice(0, diffusion.first),
  firstByTown: (diffusion) => firstBy(diffusion.events, 'town'),
  firstByOfficial: (diffusion) => firstBy(diffusion.events, 'official'),
  adoption: (diffusion, { by }) => adoptionCurve(diffusion.events, by ?? 'year'),
};

// the events are oldest first, undated last: the first one per town (or official) is its first appearance
function firstBy(events: readonly DiffusionEvent[], who: 'town' | 'official'): DiffusionEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const id = event[who];
    if (id === null || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
