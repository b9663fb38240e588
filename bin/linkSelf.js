// `npx kg` finds this package's own bin, but tools that look in node_modules/.bin (editors, git hooks,
// `node_modules/.bin/kg` in scripts) do not: npm links only dependencies' bins there, so link ours.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';

const link = 'node_modules/.bin/kg';
if (existsSync('node_modules') && !existsSync(link)) {
  mkdirSync('node_modules/.bin', { recursive: true });
  symlinkSync('../../bin/kg.js', link);
}
