import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { loadCypherCatalog } from '../src/cypher/loadCypherCatalog.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { ingestFiles } from '../src/ingest/ingestFiles.js';
import { createDriver } from '../src/neo4j/createDriver.js';
import { createGraphDatabase } from '../src/neo4j/createGraphDatabase.js';
import { startLocalNeo4j } from '../src/neo4j/startLocalNeo4j.js';
import { freePort } from '../tests/globalSetup.js';
import { chooseArguments, operations, type Operation } from './api/operations.js';
import { emptyGraph } from './emptyGraph.js';
import { generateCorpus } from './generateCorpus.js';
import { writeCorpus } from './writeCorpus.js';

// `npm run bench:api [-- --articles 3000 --seconds 5 --concurrency 8 --rounds 3]`: kg's server, an
// @neo4j/graphql server and hand-written Cypher through neo4j-driver (the floor) on one Neo4j loaded
// with generated articles; answers checked equal first, then timed interleaved. `--smoke` is a tiny run.
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    smoke: { type: 'boolean', default: false },
  },
});
const articles = values.smoke ? 60 : Number(values.articles);
const seconds = values.smoke ? 0.3 : Number(values.seconds);
const concurrency = values.smoke ? 2 : Number(values.concurrency);
const rounds = values.smoke ? 1 : Number(values.rounds);
const root = new URL('../', import.meta.url).pathname;
const log = (line: string) => console.error(line);

const config = loadConfig();
const password = 'kg-bench-password';
const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-api-neo4j-'));
const local = config.testNeo4jUri ? null : await startLocalNeo4j({ ...config.local, port: await freePort(), dataDir, username: 'neo4j', password, log });
const uri = config.testNeo4jUri ?? local!.uri;
const username = local ? 'neo4j' : config.neo4jUsername;
const secret = local ? password : config.neo4jPassword;
const database = config.neo4jDatabase ?? undefined;
const driver = createDriver({ uri, username, password: secret });
const children: ChildProcess[] = [];
const corpusDir = mkdtempSync(join(tmpdir(), 'kg-bench-api-corpus-'));

try {
  await load();
  const args = await chooseArguments(driver, database);
  const kgUrl = await startKg();
  const peerUrl = await startPeer();
  const ops = operations(args);
  const contenders = {
    kg: (op: Operation) => post(kgUrl, op.kg.query, op.kg.variables).then(op.kg.answer),
    '@neo4j/graphql': (op: Operation) => post(peerUrl, op.peer.query, op.peer.variables).then(op.peer.answer),
    'raw Cypher': (op: Operation) =>
      driver
        .executeQuery(op.raw.cypher, op.raw.params, { database, routing: neo4j.routing.READ })
        .then(({ records }) => op.raw.answer(records.map((record) => record.toObject()))),
  };
  type Contender = keyof typeof contenders;

  // equal answers first: a faster wrong answer is no answer
  const statements = new Map<Operation, number>();
  for (const op of ops) {
    const before = await kgStatements(kgUrl);
    const answers = await Promise.all(Object.values(contenders).map((ask) => ask(op)));
    statements.set(op, (await kgStatements(kgUrl)) - before);
    for (const [i, name] of Object.keys(contenders).entries()) {
      if (!isDeepStrictEqual(answers[i], answers[0])) {
        const [ours, theirs] = [JSON.stringify(answers[0]), JSON.stringify(answers[i])];
        let at = 0;
        while (ours[at] === theirs[at]) at++;
        const around = (text: string) => text.slice(Math.max(0, at - 200), at + 200);
        throw new Error(`'${op.name}': ${name} answered differently from kg, from character ${at}\n  kg: …${around(ours)}…\n  ${name}: …${around(theirs)}…`);
      }
    }
    log(`  ${op.name}: the three answers are equal (${JSON.stringify(answers[0]).length} bytes)`);
  }

  const samples = new Map<string, { latencies: number[]; ms: number }>();
  for (let round = 0; round < rounds; round++) {
    for (const op of ops) {
      // each round starts with a different contender, so none always meets the warmest caches
      const order = (Object.keys(contenders) as Contender[]).map((_, i, all) => all[(i + round) % all.length]!);
      for (const name of order) {
        const run = await measure(() => contenders[name](op));
        const key = `${op.name}\u0000${name}`;
        const sample = samples.get(key) ?? { latencies: [], ms: 0 };
        sample.latencies.push(...run.latencies);
        sample.ms += run.ms;
        samples.set(key, sample);
      }
      log(`  round ${round + 1}/${rounds}: ${op.name}`);
    }
  }

  const rate = (op: Operation, name: Contender) => {
    const { latencies, ms } = samples.get(`${op.name}\u0000${name}`)!;
    return (latencies.length / ms) * 1000;
  };
  const table: Record<string, Record<string, string | number>> = {};
  for (const op of ops) {
    for (const name of Object.keys(contenders) as Contender[]) {
      const { latencies } = samples.get(`${op.name}\u0000${name}`)!;
      latencies.sort((a, b) => a - b);
      table[`${op.name} · ${name}`] = {
        'req/s': Math.round(rate(op, name)),
        'p50 ms': percentile(latencies, 0.5),
        'p99 ms': percentile(latencies, 0.99),
        statements: name === 'kg' ? statements.get(op)! : 1,
      };
    }
  }
  console.log(
    `\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; Neo4j 5.26 heap ${config.local.heap}, page cache ${config.local.pageCache}`,
  );
  console.log(`graph: ${articles} generated articles; concurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s per operation and contender`);
  console.table(table);
  const ratios: Record<string, Record<string, string>> = {};
  for (const op of ops) {
    ratios[op.name] = {
      'kg ÷ @neo4j/graphql': `${(rate(op, 'kg') / rate(op, '@neo4j/graphql')).toFixed(2)}×`,
      'kg ÷ raw Cypher': `${(rate(op, 'kg') / rate(op, 'raw Cypher')).toFixed(2)}×`,
    };
  }
  console.log('requests per second, kg ÷ other (1.00× = as fast):');
  console.table(ratios);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await driver.close();
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(corpusDir, { recursive: true, force: true });
}

// the generated corpus through kg's own ingestion, into an emptied graph with the schema in place
async function load(): Promise<void> {
  const db = createGraphDatabase({ driver, catalog: loadCypherCatalog(), database, timeoutMs: 600_000 });
  await emptyGraph(db, database);
  const files = writeCorpus(corpusDir, generateCorpus(articles));
  const began = performance.now();
  const report = await ingestFiles(db, files, { gazetteer: loadGazetteer() });
  if (report.failures.length > 0) throw new Error(`ingesting the bench corpus failed: ${report.failures[0]!.message}`);
  log(`loaded ${articles} articles in ${Math.round((performance.now() - began) / 1000)} s`);
}

// kg as users run it (dist/src/main.js), in its own process like the peer; admission sized to the load
async function startKg(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/src/main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: secret,
      PORT: String(port),
      HOST: '127.0.0.1',
      KG_MAX_EXPENSIVE: String(concurrency),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`kg exited with ${child.exitCode} before it was ready`);
    const ready = await fetch(`${base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return `${base}/graphql`;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('kg was not ready within 60 s');
}

async function startPeer(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/api/peerServer.ts'), uri, username, secret, String(await freePort())], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.startsWith('READY ')) return line.slice('READY '.length);
  }
  throw new Error(`the @neo4j/graphql server exited with ${child.exitCode} before it was ready`);
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

// the kg server's own count of Cypher statements sent, from its /metrics
async function kgStatements(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('kg_cypher_statements_total{'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

// `concurrency` callers in a closed loop for `seconds`: every request's latency, and the wall time
async function measure(call: () => Promise<unknown>): Promise<{ latencies: number[]; ms: number }> {
  const latencies: number[] = [];
  const began = performance.now();
  const until = began + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        await call();
        latencies.push(performance.now() - start);
      }
    }),
  );
  return { latencies, ms: performance.now() - began };
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10;
}
