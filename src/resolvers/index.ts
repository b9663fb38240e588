import type { Resolvers } from '../generated/resolvers.js';
import { abstractTypes } from './abstractTypes.js';
import { Article } from './Article.js';
import { Attendance } from './Attendance.js';
import { CentralityScore } from './CentralityScore.js';
import { CoAttendancePair } from './CoAttendancePair.js';
import { CoAttendee } from './CoAttendee.js';
import { connections } from './connections.js';
import { DiffusionEvent } from './DiffusionEvent.js';
import { Directive } from './Directive.js';
import { CentralityLabel, CentralityMeasure, DateSource, EntityType, MentionContext, NodeLabel, TimeUnit, TownKind } from '../data/enumValues.js';
import { Evidence } from './Evidence.js';
import { GraphEdge } from './GraphEdge.js';
import { Industry } from './Industry.js';
import { Meeting } from './Meeting.js';
import { Mention } from './Mention.js';
import { Mutation } from './Mutation.js';
import { Official } from './Official.js';
import { Path } from './Path.js';
import { Query } from './Query.js';
import { SharedEvent } from './SharedEvent.js';
import { Slogan } from './Slogan.js';
import { SloganDiffusion } from './SloganDiffusion.js';
import { Subgraph } from './Subgraph.js';
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
  Directive,
  Mention,
  Evidence,
  Path,
  Subgraph,
  GraphEdge,
  CoAttendee,
  CoAttendancePair,
  SharedEvent,
  SloganDiffusion,
  DiffusionEvent,
  CentralityScore,
  EntityType,
  NodeLabel,
  CentralityLabel,
  TownKind,
  MentionContext,
  CentralityMeasure,
  DateSource,
  TimeUnit,
  ...abstractTypes,
  ...connections,
};
