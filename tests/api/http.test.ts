import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helper.js';
import { loadArticles } from './support.js';

describe('GraphQL over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await loadArticles(server);
  });
  afterAll(() => server.close());

  it("passes graphql-http's server audits with no audit in error", async () => {
    const results = await Promise.all(serverAudits({ url: () => server.url, fetchFn: fetch }).map((audit) => audit.fn()));
    expect(results.flatMap((result) => (result.status === 'error' ? [`${result.name}: ${result.reason}`] : []))).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(30);
  });

  it("keeps Apollo's CSRF prevention: a simple GET or text/plain POST is refused, a preflighted one answered", async () => {
    const get = `${server.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(get)).status).toBe(400);
    expect((await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' })).status).toBe(400);
    const preflighted = await fetch(get, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('exposes Prometheus metrics: Cypher statements run and GraphQL operation durations', async () => {
    await server.graphql('query TownNames { towns(first: 2) { edges { node { name } } } }');
    await server.graphql('query Broken { node(id: "nope") { id } }');
    const response = await fetch(server.url.replace(/\/graphql$/, '/metrics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^kg_cypher_statements_total\{statement="town\/list"\} [1-9]/m);
    expect(text).toMatch(/^kg_graphql_operation_duration_seconds_count\{operation="TownNames",type="query",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^kg_graphql_operation_duration_seconds_count\{operation="Broken",type="query",outcome="error"\} 1$/m);
    expect(text).toMatch(/^kg_graphql_operation_duration_seconds_bucket\{le="\+Inf",operation="TownNames",type="query",outcome="ok"\} 1$/m);
  });
});
