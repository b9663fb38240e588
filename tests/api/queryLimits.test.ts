import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/queryLimits.js';
import { startTestServer, type TestServer } from '../helper.js';
import { exampleOperations, loadArticles, statementsDuring } from './support.js';

const level = (inner: string, field: string) => `${field}(first: 2) { edges { node { name ${inner} } } }`;
// towns → directors → towns → directors → towns: one connection level past the four a nested view needs
const FIVE_LEVELS = `{ ${['towns', 'directors', 'towns', 'directors', 'towns'].reduceRight((inner, field) => level(inner, field), '')} }`;
const PAGE_PRODUCT =
  'query ($n: Int) { towns(first: $n) { edges { node { directors(first: $n) { edges { node { towns(first: $n) { edges { node { name } } } } } } } } } }';
// plain lists (not connections) weigh by their `first` too: 1000 pairs × 100 co-attendees each
const NETWORK_FAN_OUT = '{ coAttendanceNetwork(first: 1000) { source { coAttendees(first: 100) { edges { node { name } } } } } }';
const ALIAS_BOMB = `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { nodes { count } }`).join(' ')} }`;
const DIRECTIVES = `{ ${Array.from({ length: DEFAULT_LIMITS.maxDirectives + 1 }, (_, i) => `t${i}: __typename @include(if: true)`).join(' ')} }`;
const TOKENS = `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)}}`;

describe('query limits: abusive operations are refused before they reach Neo4j', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server);
  });
  afterAll(() => server.close());

  it('let every example operation through', async () => {
    for (const [name, operation] of exampleOperations()) {
      const { status, body } = await server.post(operation);
      expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
    }
  });

  it.each([
    ['five nested connection levels', FIVE_LEVELS, {}, /^Query depth limit of 14 exceeded, found 16\.$/],
    ['a 100 × 100 × 100 page product through variables', PAGE_PRODUCT, { n: 100 }, /^Query cost limit of 25000 exceeded, found \d+: lists multiply/],
    ['a plain list fanning out into connections', NETWORK_FAN_OUT, {}, /^Query cost limit of 25000 exceeded, found \d+: lists multiply/],
    ['an alias bomb', ALIAS_BOMB, {}, /^Aliases limit of 15 exceeded, found 16\.$/],
    ['a pile of directives', DIRECTIVES, {}, /^Directives limit of 10 exceeded, found 11\.$/],
  ])('refuse %s as QUERY_TOO_COMPLEX, with no statement run', async (_what, query, variables, message) => {
    let refused: Awaited<ReturnType<TestServer['post']>> | undefined;
    const statements = await statementsDuring(server, async () => {
      refused = await server.post(query, variables);
    });
    expect(statements).toEqual({});
    expect(refused!.status).toBe(400);
    expect(refused!.body.data).toBeUndefined();
    expect(refused!.body.errors).toEqual([{ message: expect.stringMatching(message), extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
  });

  it('stop the parser at the token limit (GRAPHQL_PARSE_FAILED), with no statement run', async () => {
    let refused: Awaited<ReturnType<TestServer['post']>> | undefined;
    const statements = await statementsDuring(server, async () => {
      refused = await server.post(TOKENS);
    });
    expect(statements).toEqual({});
    expect(refused!.status).toBe(400);
    expect(refused!.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`more that ${DEFAULT_LIMITS.maxTokens} tokens`),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('refuse a page larger than 100 as BAD_USER_INPUT naming the bound, before its statement', async () => {
    let refused: Awaited<ReturnType<TestServer['post']>> | undefined;
    const statements = await statementsDuring(server, async () => {
      refused = await server.post('{ officials(first: 101) { edges { node { name } } } }');
    });
    expect(statements).toEqual({});
    expect(refused!.body.errors?.[0]).toMatchObject({ message: 'first must be an integer from 0 to 100; got 101', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
