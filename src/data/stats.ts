import type { GraphDatabase } from '../neo4j/createGraphDatabase.js';

interface LabelCount {
  label: string;
  count: number;
}

interface StatsData {
  counts(): Promise<{ nodes: LabelCount[]; edges: LabelCount[] }>;
}

/** Node and edge counts by label and type: the quickest check that ingestion did what it said. */
export function createStatsData(db: GraphDatabase): StatsData {
  db.catalog.require(['stats/counts']);
  return {
    async counts() {
      const rows = await db.read<{ kind: string; label: string; count: number }>('stats/counts');
      const pick = (kind: string) => rows.filter((row) => row.kind === kind).map(({ label, count }) => ({ label, count }));
      return { nodes: pick('node'), edges: pick('edge') };
    },
  };
}
