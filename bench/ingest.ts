import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { loadCypherCatalog } from '../src/cypher/loadCypherCatalog.js';
import { extractArticle } from '../src/ingest/extractArticle.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { ingestFiles } from '../src/ingest/ingestFiles.js';
import { createDriver } from '../src/neo4j/createDriver.js';
import { createGraphDatabase, type GraphDatabase } from '../src/neo4j/createGraphDatabase.js';
import { startLocalNeo4j } from '../src/neo4j/startLocalNeo4j.js';
import { freePort } from '../tests/globalSetup.js';
import { generateCorpus } from './generateCorpus.js';
import { emptyGraph } from './emptyGraph.js';
import { naiveLoad } from './naiveLoad.js';
import { writeCorpus } from './writeCorpus.js';

// `npm run bench:ingest [-- --articles N]`: articles/min for extraction alone, `kg ingest`'s path (files
// read, extracted and loaded many articles per transaction while the next batch is extracted), the same
// with one article per transaction, and a naive one-statement-per-row load, on one generated corpus, in one run.
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

const corpusDir = mkdtempSync(join(tmpdir(), 'kg-bench-corpus-'));
const files = writeCorpus(corpusDir, corpus);

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

// each load starts from an empty graph with the schema in place, so every strategy meets the same database
const emptied = () => emptyGraph(db, config.neo4jDatabase ?? undefined);

async function timeLoad(label: string, load: (db: GraphDatabase, text: string, i: number) => Promise<unknown>): Promise<number> {
  await emptied();
  const began = performance.now();
  for (const [i, text] of corpus.entries()) {
    await load(db, text, i);
    if ((i + 1) % 1000 === 0) console.error(`  ${label}: ${i + 1}/${count} articles, ${Math.round((performance.now() - began) / 1000)} s`);
  }
  return performance.now() - began;
}

async function timeIngest(batchSize: number): Promise<number> {
  await emptied();
  const began = performance.now();
  const report = await ingestFiles(db, files, { gazetteer, batchSize });
  if (report.failures.length > 0) throw new Error(`kg ingest failed on ${report.failures.length} files: ${report.failures[0]!.message}`);
  return performance.now() - began;
}

try {
  const batchedMs = await timeIngest(100);
  const perArticleMs = await timeIngest(1);
  const naiveMs = await timeLoad('naive', (db, text, i) => naiveLoad(db, extractArticle({ text, source: `bench/${i}` }, { gazetteer })));
  const row = (ms: number) => ({ 'articles/min': perMinute(count, ms), 'vs naive load': (naiveMs / ms).toFixed(2) + '×' });
  console.table({
    'extraction alone': row(extractMs),
    'kg ingest: 100 articles per transaction, extraction overlapped': row(batchedMs),
    'kg ingest: one article per transaction': row(perArticleMs),
    'naive: one statement per row': row(naiveMs),
  });
  console.log(`after the run: heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
  console.log(
    `ingest: batched ${perMinute(count, batchedMs)} articles/min, naive ${perMinute(count, naiveMs)} articles/min, batched ÷ naive ${(naiveMs / batchedMs).toFixed(1)}×`,
  );
} finally {
  await driver.close();
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(corpusDir, { recursive: true, force: true });
}
