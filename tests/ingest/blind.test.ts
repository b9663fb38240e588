import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, repoRoot, score } from './support.js';

// articles written and annotated before the extractor's code was read: they measure generalization
const blindDir = join(repoRoot, 'tests/fixtures/blind');
const fixtures = readdirSync(blindDir).filter((f) => f.endsWith('.txt'));

describe('extraction of blind articles scored against their gold graphs', () => {
  it('has a gold file for each of the blind articles', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    const golds = new Set(readdirSync(blindDir).filter((f) => f.endsWith('.gold.json')));
    for (const file of fixtures) expect(golds.has(file.replace(/\.txt$/, '.gold.json')), file).toBe(true);
  });

  it.each(fixtures)('reaches F1 ≥ 0.9 on %s and names no node with a masked *', (file) => {
    const extraction = extractFile(join(blindDir, file));
    const { f1, report } = score(join(blindDir, file.replace(/\.txt$/, '.gold.json')), extraction);
    expect(f1, JSON.stringify(report, null, 2)).toBeGreaterThanOrEqual(0.9);
    const masked = extraction.entities.flatMap((e) => [e.name, ...e.aliases]).filter((name) => name.includes('*'));
    expect(masked).toEqual([]);
  });
});
