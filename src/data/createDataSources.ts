import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';
import { createArticleData } from './article.js';
import { createCentralityData } from './centrality.js';
import { createGraphExportData } from './graphExport.js';
import { createMeetingData } from './meeting.js';
import { createNodeData } from './node.js';
import { createOfficialData } from './official.js';
import { createPhraseData } from './phrase.js';
import { createReferenceData } from './reference.js';
import { createSearchData } from './search.js';
import { createStatsData } from './stats.js';
import { createTownData } from './town.js';
import { createTraversalData } from './traversal.js';

/**
 * Builds every data module once at boot; each declares the Cypher files it runs, so a missing
 * file stops start-up here rather than failing the first request that needs it.
 */
export function createDataSources(db: GraphDatabase) {
  return {
    article: createArticleData(db),
    graphExport: createGraphExportData(db),
    stats: createStatsData(db),
    node: createNodeData(db),
    official: createOfficialData(db),
    town: createTownData(db),
    slogan: createPhraseData(db, 'Slogan'),
    industry: createPhraseData(db, 'Industry'),
    meeting: createMeetingData(db),
    search: createSearchData(db),
    traversal: createTraversalData(db),
    reference: createReferenceData(db),
    centrality: createCentralityData(db),
  };
}

export type DataSources = ReturnType<typeof createDataSources>;
