import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import type { Extraction } from '../../src/ingest/types.js';

export const repoRoot = new URL('../../', import.meta.url).pathname;
export const articlesDir = join(repoRoot, 'tests/fixtures/articles');
export const sampleText = join(repoRoot, 'data/corpus/kunshan-npc-18-3-group-review.txt');
export const gazetteer = loadGazetteer();

/** Extracts a short text or a fixture file with the shipped gazetteer. */
export function extract(text: string, extra: { title?: string; date?: string | null } = {}): Extraction {
  return extractArticle({ text, ...extra }, { gazetteer });
}

export function extractFile(path: string): Extraction {
  return extract(readFileSync(path, 'utf8'));
}

/** Scores an extraction with the copy of the shared scorer, exactly as `kg extract` output is scored. */
export function score(goldPath: string, extraction: Extraction): { f1: number; report: unknown } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-score-'));
  try {
    const out = join(dir, 'extraction.json');
    writeFileSync(out, JSON.stringify(extraction, null, 2));
    const run = spawnSync(process.execPath, [join(repoRoot, 'tests/fixtures/score-extraction.mjs'), goldPath, out, '--json'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`scorer failed (${run.status}): ${run.stderr}`);
    const { report, overall } = JSON.parse(run.stdout) as { report: unknown; overall: { f1: number } };
    return { f1: overall.f1, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
