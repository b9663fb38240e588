import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { loadCypherCatalog } from '../src/cypher/loadCypherCatalog.js';
import { extractArticle } from '../src/ingest/extractArticle.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { loadExtraction } from '../src/ingest/loadExtraction.js';
import { applySchema } from '../src/neo4j/applySchema.js';
import { createDriver } from '../src/neo4j/createDriver.js';
import { createGraphDatabase, type GraphDatabase } from '../src/neo4j/createGraphDatabase.js';
import { startLocalNeo4j } from '../src/neo4j/startLocalNeo4j.js';
import { freePort } from '../tests/globalSetup.js';
import { generateCorpus } from './generateCorpus.js';
import { naiveLoad } from './naiveLoad.js';

// `npm run bench:ingest [-- --articles N]`: articles/min for extraction alone, extraction + batched
// load, and extraction + a naive one-statement-per-row load, on one generated corpus, in one run.
const { values } = parseArgs({ options: { articles: { type: 'string', default: '5000' } } });
const count = Number(values.articles);
const corpus = generateCorpus(count);
const gazetteer = loadGazetteer();
const perMinute = (n: number, ms: number) => Math.round((n / ms) * 60_000);

const started = performance.now();
let rows = 0;
for (const [i, text] of corpus.entries()) {
  const extraction = extractArticle({ text, source: `bench/${i}` }, { gazetteer });
  rows += extraction.entities.length + extraction.relations.length;
}
const extractMs = performance.now() - started;
console.log(`corpus: ${count} generated articles, ${rows} entity + relation rows, ${Math.round(corpus.join('').length / 1024)} KiB`);

const config = loadConfig();
const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
const local = config.testNeo4jUri
  ? null
  : await startLocalNeo4j({ ...config.local, port: await freePort(), dataDir, username: 'neo4j', password: 'kg-bench-password' });
const driver = createDriver({
  uri: config.testNeo4jUri ?? local!.uri,
  username: local ? 'neo4j' : config.neo4jUsername,
  password: local ? 'kg-bench-password' : config.neo4jPassword,
});
const db = createGraphDatabase({ driver, catalog: loadCypherCatalog(), database: config.neo4jDatabase ?? undefined, timeoutMs: 600_000 });

async function timeLoad(label: string, load: (db: GraphDatabase, text: string, i: number) => Promise<unknown>): Promise<number> {
  const session = driver.session({ database: config.neo4jDatabase ?? undefined });
  // IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives; edges go first
  // so no inner transaction detaches a hub node's thousands of edges at once
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
  const began = performance.now();
  for (const [i, text] of corpus.entries()) {
    await load(db, text, i);
    if ((i + 1) % 1000 === 0) console.error(`  ${label}: ${i + 1}/${count} articles, ${Math.round((performance.now() - began) / 1000)} s`);
  }
  return performance.now() - began;
}

try {
  const batchedMs = await timeLoad('batched', (db, text, i) => loadExtraction(db, extractArticle({ text, source: `bench/${i}` }, { gazetteer })));
  const naiveMs = await timeLoad('naive', (db, text, i) => naiveLoad(db, extractArticle({ text, source: `bench/${i}` }, { gazetteer })));
  console.table({
    'extraction alone': { 'articles/min': perMinute(count, extractMs), 'vs naive load': (naiveMs / extractMs).toFixed(1) + '×' },
    'extraction + batched UNWIND load': { 'articles/min': perMinute(count, batchedMs), 'vs naive load': (naiveMs / batchedMs).toFixed(2) + '×' },
    'extraction + naive per-row load': { 'articles/min': perMinute(count, naiveMs), 'vs naive load': '1.00×' },
  });
  console.log(`after the run: heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
} finally {
  await driver.close();
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
