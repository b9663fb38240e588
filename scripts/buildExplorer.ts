import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// the explorer's static files: one ES module bundle (sigma, graphology, the layout worker's code
// and the page), its stylesheet and page, served by the API from dist/web/explorer/
const out = join('dist', 'web', 'explorer');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { explorer: join('web', 'explorer', 'src', 'main.ts') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: 'linked',
  outdir: out,
  legalComments: 'external',
  logLevel: 'warning',
  tsconfig: join('web', 'explorer', 'tsconfig.json'),
});
for (const file of ['index.html', 'explorer.css']) copyFileSync(join('web', 'explorer', file), join(out, file));
const size = (file: string) => {
  const bytes = readFileSync(join(out, file));
  return `${file} ${(bytes.length / 1024).toFixed(1)} KiB (${(gzipSync(bytes).length / 1024).toFixed(1)} KiB gzip)`;
};
if (process.argv.includes('--report')) console.log(['explorer.js', 'explorer.css', 'index.html'].map(size).join('\n'));
