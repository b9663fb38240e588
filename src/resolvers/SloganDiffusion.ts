import type { SloganDiffusionResolvers } from '../generated/resolvers.js';

export const SloganDiffusion: SloganDiffusionResolvers = {
  subject: (diffusion, _args, { graph }) => graph.node.get(['Slogan', 'Industry'], diffusion.subject),
  // the timeline is sorted oldest first with undated appearances last
  firstAppearance: (diffusion) => diffusion.events[0] ?? null,
  townCount: (diffusion) => new Set(diffusion.events.map((event) => event.town).filter(Boolean)).size,
  officialCount: (diffusion) => new Set(diffusion.events.map((event) => event.official).filter(Boolean)).size,
  timeline: (diffusion) => diffusion.events.slice(0, diffusion.first),
};
