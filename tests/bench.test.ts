import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testConfig } from './helper.js';

// a bench as `npm run bench:*` runs it, pointed at the run's Neo4j (which it empties) instead of its own
async function bench(script: string, args: string[]): Promise<string> {
  const { neo4jUri, neo4jUsername, neo4jPassword } = testConfig();
  const env = { ...process.env, KG_TEST_NEO4J_URI: neo4jUri!, NEO4J_USERNAME: neo4jUsername, NEO4J_PASSWORD: neo4jPassword };
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], { env, maxBuffer: 16 * 2 ** 20, timeout: 240_000 });
  return stdout;
}

// the benches are not timed here: a tiny run proves each still starts, checks and prints its figures
describe('the benches, as smoke runs', () => {
  it('bench:api checks the three contenders answer alike, then prints req/s, latencies, statements and ratios', { timeout: 300_000 }, async () => {
    const out = await bench('bench/api.ts', ['--smoke']);
    for (const operation of ['nested view', 'one official by name', 'first 50 officials', 'shortest path', '2-hop neighbourhood']) {
      // a table row per operation and contender, with a whole number of requests per second
      for (const contender of ['kg', '@neo4j/graphql', 'raw Cypher']) expect(out).toMatch(new RegExp(`${operation}[^\\n]*· ${contender}\\s*│\\s*\\d+\\s*│`));
    }
    expect(out).toContain('kg ÷ @neo4j/graphql');
    expect(out).toMatch(/machine: \d+ ×/);
  });

  it('bench:ingest ends with the batched and naive rates and their ratio', { timeout: 300_000 }, async () => {
    const out = await bench('bench/ingest.ts', ['--articles', '20']);
    expect(out.trim().split('\n').at(-1)).toMatch(/^ingest: batched \d+ articles\/min, naive \d+ articles\/min, batched ÷ naive [\d.]+×$/);
  });
});
