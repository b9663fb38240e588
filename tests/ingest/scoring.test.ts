import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesDir, extractFile, sampleText, score } from './support.js';

const fixtures = readdirSync(articlesDir).filter((f) => f.endsWith('.txt'));

describe('extraction scored against hand-made gold graphs', () => {
  it('reaches F1 ≥ 0.97 on the seed article', () => {
    const { f1, report } = score(join(articlesDir, 'kunshan-npc-18-3-group-review.gold.json'), extractFile(sampleText));
    expect(f1, JSON.stringify(report, null, 2)).toBeGreaterThanOrEqual(0.97);
  });

  it('has a gold file for every fixture article', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    const golds = new Set(readdirSync(articlesDir).filter((f) => f.endsWith('.gold.json')));
    for (const file of fixtures) expect(golds.has(file.replace(/\.txt$/, '.gold.json')), file).toBe(true);
  });

  it.each(fixtures)('reaches F1 ≥ 0.9 on %s', (file) => {
    const { f1, report } = score(join(articlesDir, file.replace(/\.txt$/, '.gold.json')), extractFile(join(articlesDir, file)));
    expect(f1, JSON.stringify(report, null, 2)).toBeGreaterThanOrEqual(0.9);
  });
});
