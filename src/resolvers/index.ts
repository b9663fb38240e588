import type { Resolvers } from '../generated/resolvers.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = {
  Query,
};
