import type { DirectiveResolvers } from '../generated/resolvers.js';
import { dateSourceOf } from './dateSourceOf.js';

export const Directive: DirectiveResolvers = {
  dateSource: (directive) => dateSourceOf(directive.dateSource, `the date of a directive in ${directive.evidence.article}`),
};
