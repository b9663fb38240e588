import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { ingestFiles } from '../../src/ingest/ingestFiles.js';
import { fixtures, resetGraph, type TestServer } from '../helper.js';

export const SAMPLE = 'data/corpus/kunshan-npc-18-3-group-review.txt';
export const FIXTURE_ARTICLES = readdirSync(join(fixtures, 'articles')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(fixtures, 'articles', f));
export const gazetteer = loadGazetteer();

/** Empties the graph and ingests real article text (the sample unless told otherwise). */
export async function loadArticles(server: TestServer, files: string[] = [SAMPLE]): Promise<void> {
  await resetGraph(server.app.connection);
  const report = await ingestFiles(server.app.db, files, { gazetteer });
  if (report.failures.length) throw new Error(`ingesting ${report.failures.map((f) => `${f.path}: ${f.message}`).join('; ')}`);
}

/** Cypher statements this server has sent to Neo4j so far, from its kg_cypher_statements_total. */
export async function statementsRun(server: TestServer): Promise<Record<string, number>> {
  const { values } = await server.app.metrics.cypherStatements.get();
  return Object.fromEntries(values.map(({ labels, value }) => [String(labels.statement), value]));
}

/** The statements one call sent, by name: the counter's difference across it. */
export async function statementsDuring(server: TestServer, work: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = await statementsRun(server);
  await work();
  const after = await statementsRun(server);
  return Object.fromEntries(Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]).filter(([, n]) => (n as number) > 0));
}

export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The playground's example operations, by name, as the browser sends them. */
export function exampleOperations(): Map<string, string> {
  const document = parse(readFileSync('examples/playground.graphql', 'utf8'));
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return new Map(operations.map((op) => [op.name!.value, print(op)]));
}

/** Raw rows of a hand-written read, for comparing the API with what Cypher says directly. */
export async function cypher<T = Record<string, unknown>>(server: TestServer, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { connection } = server.app;
  const { records } = await connection.driver.executeQuery(query, params, { database: connection.database });
  return records.map((r) => r.toObject() as T);
}
