import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { projectRoot } from '../config.js';

/**
 * The graph explorer at /explore: the page and its bundle (web/explorer/, built by esbuild into
 * dist/web/explorer/ at `npm run build`), served from this process like the playground, so it
 * needs no internet and talks only to this API.
 */
export function explorerRoutes(directory = join(projectRoot, 'dist', 'web', 'explorer')): Router {
  const routes = Router();
  const page = join(directory, 'index.html');
  routes.get('/explore', (_req, res) => {
    // a tree built by tsc alone (no bundle) still serves the API; the page says how to get itself
    if (!existsSync(page)) return void res.status(404).type('text').send('The explorer is not built: run `npm run build`.\n');
    res.sendFile(page);
  });
  routes.use('/explore/static', express.static(directory, { index: false, fallthrough: false, maxAge: '1h' }));
  return routes;
}
