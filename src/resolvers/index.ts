import type { Resolvers } from '../generated/resolvers.js';
import { abstractTypes } from './abstractTypes.js';
import { Article } from './Article.js';
import { Attendance } from './Attendance.js';
import { connections } from './connections.js';
import { Evidence } from './Evidence.js';
import { Industry } from './Industry.js';
import { Meeting } from './Meeting.js';
import { Mention } from './Mention.js';
import { Mutation } from './Mutation.js';
import { Official } from './Official.js';
import { Query } from './Query.js';
import { Slogan } from './Slogan.js';
import { Town } from './Town.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Official,
  Town,
  Slogan,
  Industry,
  Meeting,
  Article,
  Attendance,
  Mention,
  Evidence,
  ...abstractTypes,
  ...connections,
};
