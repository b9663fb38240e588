import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { generate } from '@graphql-codegen/cli';
import { parse, print } from 'graphql';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helper.js';
import { exampleOperations, loadArticles } from './support.js';

// the README's example operations, which are the playground's (examples/playground.graphql)
function readmeOperations(): string[] {
  const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  return blocks.filter((block) => [...exampleOperations().keys()].some((name) => block.includes(`query ${name}`)));
}
// inside the project, so the generated code resolves @graphql-typed-document-node from its node_modules
const GENERATED = join('tests', 'generated-client');
const OUTPUT = join(GENERATED, 'gql');

// what an app built on the generated documents would write: typed data, typed variables, and a
// field the operation does not select refused by the compiler
const CONSUMER = `
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ExploreDocument, ResearchDocument, TownDashboardDocument, type TownDashboardQuery, type TownDashboardQueryVariables } from './graphql';

export const documents: TypedDocumentNode<unknown, never>[] = [ExploreDocument, ResearchDocument] as never[];
export const dashboard: TypedDocumentNode<TownDashboardQuery, TownDashboardQueryVariables> = TownDashboardDocument;
export const variables: TownDashboardQueryVariables = { first: 5 };
export function firstSlogan(data: TownDashboardQuery): string | undefined {
  return data.towns.edges[0]?.node.directors.edges[0]?.node.towns.edges[0]?.node.slogans.edges[0]?.node.text;
}
export function unselected(data: TownDashboardQuery): unknown {
  // @ts-expect-error TownDashboard does not select a director's titles
  return data.towns.edges[0]?.node.directors.edges[0]?.node.titles;
}
// @ts-expect-error first is an Int
export const wrong: TownDashboardQueryVariables = { first: 'ten' };
`;

describe("a client app's toolchain against the running server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server);
  });
  afterAll(async () => {
    rmSync(GENERATED, { recursive: true, force: true });
    await server.close();
  });

  it("generates typed documents for the README's three example operations with codegen's client preset, from the endpoint", async () => {
    rmSync(GENERATED, { recursive: true, force: true });
    mkdirSync(GENERATED, { recursive: true });
    const operations = readmeOperations();
    expect(operations.map((block) => print(parse(block)))).toEqual([...exampleOperations().values()]);
    // codegen never reads documents from its own output folder
    writeFileSync(join(GENERATED, 'operations.graphql'), operations.join('\n'));
    // the schema is read by introspection over HTTP, as a client project would: not from schema.graphql
    await generate(
      { schema: server.url, documents: join(GENERATED, 'operations.graphql'), generates: { [`${OUTPUT}/`]: { preset: 'client' } }, silent: true },
      true,
    );

    const generated = readFileSync(join(OUTPUT, 'graphql.ts'), 'utf8');
    for (const name of exampleOperations().keys()) {
      expect(generated).toContain(`export type ${name}Query = {`);
      expect(generated).toContain(`export const ${name}Document = `);
    }
    writeFileSync(join(OUTPUT, 'consumer.ts'), CONSUMER);
    const program = ts.createProgram(
      readdirSync(OUTPUT)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(OUTPUT, f)),
      {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        skipLibCheck: true,
        noUnusedLocals: false,
      },
    );
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('runs the nested view with Apollo Client, then answers an overlapping query from its normalized cache with no request', async () => {
    const requests: string[] = [];
    const client = new ApolloClient({
      link: new HttpLink({
        uri: server.url,
        fetch: (input, init) => {
          requests.push(JSON.parse(init?.body as string).operationName);
          return fetch(input, init);
        },
      }),
      cache: new InMemoryCache({
        // Node ids are unique across every type, so one id keys a cached object whatever its type,
        // and node(id:) can be answered by pointing at what an earlier query already cached
        dataIdFromObject: (object) => (typeof object.id === 'string' ? object.id : undefined),
        typePolicies: { Query: { fields: { node: { read: (existing, { args, toReference }) => existing ?? toReference(args!.id as string) } } } },
      }),
    });

    const dashboard = await client.query({ query: gql(exampleOperations().get('TownDashboard')!), variables: { first: 10 } });
    expect(dashboard.error).toBeUndefined();
    expect(requests).toEqual(['TownDashboard']);
    const direct = await server.graphql(exampleOperations().get('TownDashboard')!, { first: 10 });
    expect(JSON.parse(JSON.stringify(dashboard.data, (key, value) => (key === '__typename' ? undefined : value)))).toEqual(direct.data);

    const town = (dashboard.data as any).towns.edges[0].node;
    const director = town.directors.edges[0].node;
    const overlapping = gql`
      query Overlapping($town: ID!, $official: ID!) {
        town: node(id: $town) {
          id
          ... on Town {
            name
            kind
          }
        }
        official: node(id: $official) {
          id
          ... on Official {
            name
          }
        }
      }
    `;
    const cached = await client.query({ query: overlapping, variables: { town: town.id, official: director.id } });
    expect(requests).toEqual(['TownDashboard']);
    expect(cached.data).toEqual({
      town: { __typename: 'Town', id: town.id, name: town.name, kind: town.kind },
      official: { __typename: 'Official', id: director.id, name: director.name },
    });

    // a field no earlier query fetched does need the server: the cache answers only what it holds
    const aliases = await client.query({
      query: gql`
        query Aliases($town: ID!) {
          node(id: $town) {
            id
            ... on Town {
              aliases
            }
          }
        }
      `,
      variables: { town: town.id },
    });
    expect(requests).toEqual(['TownDashboard', 'Aliases']);
    expect((aliases.data as any).node.aliases).toEqual(expect.any(Array));
  });
});
