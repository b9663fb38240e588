import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionOptions,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/queryLimits.js';
import { fixtures, startTestServer, type TestServer } from '../helper.js';
import { loadArticles, statementsDuring } from './support.js';

const RURU_INTROSPECTION = readFileSync(join(fixtures, 'introspection', 'ruru-2.0.2.graphql'), 'utf8');
// every option graphql 16 has, each at its most demanding
const EVERY_OPTION: Required<IntrospectionOptions> = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  experimentalDirectiveDeprecation: true,
  oneOf: true,
  typeDepth: 9,
};
// one type with getIntrospectionQuery's own fragments, as tools that look up a single type send it
const FULL_TYPE_OF_TOWN = `query TypeOfTown { __type(name: "Town") { ...FullType } }\n${getIntrospectionQuery(EVERY_OPTION).slice(getIntrospectionQuery(EVERY_OPTION).indexOf('fragment FullType'))}`;
// a data part that costs more than the limit on its own: 60 × 30 × 20 towns
const COSTLY_DATA = 'towns(first: 60) { edges { node { directors(first: 30) { edges { node { towns(first: 20) { edges { node { name } } } } } } } } }';
const CHEAP_DATA = 'towns(first: 5) { edges { node { name } } }';
// the classic introspection bomb: __Type.fields → __Field.type → __Type.fields … multiplies the answer at each level
const INTROSPECTION_BOMB = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';

const expectedSdl = () => printSchema(lexicographicSortSchema(buildSchema(readFileSync('schema.graphql', 'utf8'))));

describe('introspection: every client tool can read the schema, and data keeps its limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server);
  });
  afterAll(() => server.close());

  it.each([
    ['the query the playground sends on load', RURU_INTROSPECTION],
    ["graphql-js's getIntrospectionQuery() with its defaults", getIntrospectionQuery()],
    ["graphql-js's getIntrospectionQuery() with every option", getIntrospectionQuery(EVERY_OPTION)],
  ])('answers %s with the whole schema, and runs no Cypher', async (_what, query) => {
    let answer: Awaited<ReturnType<TestServer['post']>> | undefined;
    const statements = await statementsDuring(server, async () => {
      answer = await server.post(query);
    });
    expect(answer!.body.errors).toBeUndefined();
    expect(answer!.status).toBe(200);
    expect(statements).toEqual({});
    // the client's view of the schema is the contract itself, descriptions and deprecations included
    const clientSchema = buildClientSchema(answer!.body.data as IntrospectionQuery);
    expect(printSchema(lexicographicSortSchema(clientSchema))).toBe(expectedSdl());
  });

  it('answers a deep __type lookup, which counts past the depth limit', async () => {
    const { status, body } = await server.post(FULL_TYPE_OF_TOWN);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.__type.name).toBe('Town');
    expect(body.data.__type.fields.map((f: { name: string }) => f.name)).toContain('directors');
  });

  it('charges an operation that mixes introspection with data for its data only', async () => {
    const cheap = await server.post(`{ __schema { types { name fields { name type { name ofType { name } } } } } ${CHEAP_DATA} }`);
    expect(cheap.body.errors).toBeUndefined();
    expect(cheap.body.data.towns.edges.length).toBeGreaterThan(0);
    expect(cheap.body.data.__schema.types.length).toBeGreaterThan(40);

    const costly = await server.post(`{ __schema { types { name } } ${COSTLY_DATA} }`);
    const alone = await server.post(`{ ${COSTLY_DATA} }`);
    expect(costly.status).toBe(400);
    expect(costly.body.errors).toEqual([
      { message: expect.stringMatching(/^Query cost limit of 25000 exceeded, found \d+/), extensions: { code: 'QUERY_TOO_COMPLEX' } },
    ]);
    // the figure is the data's own: the introspection beside it added nothing
    expect(costly.body.errors?.[0]?.message).toBe(alone.body.errors?.[0]?.message);
  });

  it('still refuses data nested past the depth limit beside introspection', async () => {
    const level = (inner: string, field: string) => `${field}(first: 2) { edges { node { name ${inner} } } }`;
    const fiveLevels = ['towns', 'directors', 'towns', 'directors', 'towns'].reduceRight((inner, field) => level(inner, field), '');
    const { status, body } = await server.post(`{ __typename __schema { queryType { name } } ${fiveLevels} }`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: `Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded, found 16.`, extensions: { code: 'QUERY_TOO_COMPLEX' } },
    ]);
  });

  it('refuses an introspection bomb (self-nested type lists) with graphql-js’s own rule, before it runs', async () => {
    const { status, body } = await server.post(INTROSPECTION_BOMB);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      { message: 'Maximum introspection depth exceeded', locations: expect.any(Array), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });
});
