import { readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import type { TestServer } from '../helper.js';

export { cypher, FIXTURE_ARTICLES, gazetteer, loadArticles, SAMPLE } from '../helper.js';

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
  return Object.fromEntries(
    Object.entries(after)
      .map(([name, n]) => [name, n - (before[name] ?? 0)])
      .filter(([, n]) => (n as number) > 0),
  );
}

export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The playground's example operations, by name, as the browser sends them. */
export function exampleOperations(): Map<string, string> {
  const document = parse(readFileSync('examples/playground.graphql', 'utf8'));
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return new Map(operations.map((op) => [op.name!.value, print(op)]));
}
