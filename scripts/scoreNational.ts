/**
 * Scores the extractor on the national development set (tests/fixtures/national) with the shared
 * scorer, exactly as `kg extract FILE` output is scored: per passage, then micro-averaged per set.
 * `npm run score:national [-- --verbose] [dev|heldout]`; --verbose prints what was missed or spurious.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../src/ingest/extractArticle.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';

const root = new URL('../', import.meta.url).pathname;
const scorer = join(root, 'tests/fixtures/score-extraction.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const sets = args.filter((a) => !a.startsWith('--'));
const gazetteer = loadGazetteer();
const scratch = mkdtempSync(join(tmpdir(), 'kg-national-'));

interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  missing?: string[];
  spurious?: string[];
}

try {
  for (const set of sets.length ? sets : ['dev', 'heldout']) {
    const dir = join(root, 'tests/fixtures/national', set);
    const totals = { tp: 0, fp: 0, fn: 0 };
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const out = join(scratch, 'extraction.json');
      writeFileSync(out, JSON.stringify(extractArticle({ text: readFileSync(join(dir, file), 'utf8') }, { gazetteer })));
      const run = spawnSync(process.execPath, [scorer, join(dir, file.replace(/\.txt$/, '.gold.json')), out, '--json'], { encoding: 'utf8' });
      const { report, overall } = JSON.parse(run.stdout) as { report: Record<string, Score>; overall: Score };
      totals.tp += overall.tp;
      totals.fp += overall.fp;
      totals.fn += overall.fn;
      console.log(`${set.padEnd(8)} ${file.padEnd(58)} F1 ${overall.f1.toFixed(3)}  P ${overall.precision.toFixed(2)}  R ${overall.recall.toFixed(2)}`);
      if (!verbose) continue;
      for (const [type, score] of Object.entries(report)) {
        if (score.missing?.length) console.log(`    ${type} missing:  ${score.missing.join(' | ')}`);
        if (score.spurious?.length) console.log(`    ${type} spurious: ${score.spurious.join(' | ')}`);
      }
    }
    const precision = totals.tp / (totals.tp + totals.fp);
    const recall = totals.tp / (totals.tp + totals.fn);
    console.log(
      `${set}: micro P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}  (tp ${totals.tp}, fp ${totals.fp}, fn ${totals.fn})`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
