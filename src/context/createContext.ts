import { timingSafeEqual } from 'node:crypto';
import type { DataSources } from '../data/createDataSources.js';
import type { Ingestion } from '../ingest/createIngestion.js';

/** The per-request readers: every DataLoader of one request, gone with it. */
export interface RequestGraph {
  node: ReturnType<DataSources['node']['forRequest']>;
  official: ReturnType<DataSources['official']['forRequest']>;
  town: ReturnType<DataSources['town']['forRequest']>;
  slogan: ReturnType<DataSources['slogan']['forRequest']>;
  industry: ReturnType<DataSources['industry']['forRequest']>;
  meeting: ReturnType<DataSources['meeting']['forRequest']>;
  article: ReturnType<DataSources['article']['forRequest']>;
  centrality: ReturnType<DataSources['centrality']['forRequest']>;
}

export interface Context {
  data: DataSources;
  graph: RequestGraph;
  /** the writes: ingest and re-extract (deletes are a data module's) */
  ingestion: Ingestion;
  /** false when no write token is configured: every write is refused, whatever the request carries */
  writesEnabled: boolean;
  /** true when the request carried the configured write token */
  canWrite: boolean;
  /** the operation's estimated cost, once the query limits have weighed it */
  cost?: number;
}

interface CreateContextOptions {
  data: DataSources;
  ingestion: Ingestion;
  writeToken: string | null;
  authorization: string | undefined;
}

/** One context per request: per-request caches (DataLoaders) live here and die with the request. */
export function createContext({ data, ingestion, writeToken, authorization }: CreateContextOptions): Context {
  return {
    data,
    graph: {
      node: data.node.forRequest(),
      official: data.official.forRequest(),
      town: data.town.forRequest(),
      slogan: data.slogan.forRequest(),
      industry: data.industry.forRequest(),
      meeting: data.meeting.forRequest(),
      article: data.article.forRequest(),
      centrality: data.centrality.forRequest(),
    },
    ingestion,
    writesEnabled: writeToken !== null,
    canWrite: writeToken !== null && authorization !== undefined && sameSecret(authorization, `Bearer ${writeToken}`),
  };
}

// a plain === leaks, through its timing, how much of the token a guess got right
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
