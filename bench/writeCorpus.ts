import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes generated articles as `kg ingest` reads them, 1,000 files per folder; returns their paths. */
export function writeCorpus(dir: string, texts: string[]): string[] {
  return texts.map((text, i) => {
    const folder = join(dir, String(Math.floor(i / 1000)));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${i}.txt`);
    writeFileSync(path, text);
    return path;
  });
}
