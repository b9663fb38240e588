import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, projectRoot } from '../src/config.js';
import { createApp } from '../src/createApp.js';
import { toGlobalId } from '../src/resolvers/globalId.js';
import { launchChromium, offlineContext } from '../tests/api/chromium.js';
import { emptyState, encodeState } from '../web/explorer/src/viewState.js';

/**
 * `npm run screenshot:explorer [-- --url http://127.0.0.1:4000]`: docs/explorer.png, the explorer
 * on the sample graph (周伟 and 巴城镇 expanded, the path from 周伟 to 一只蟹 traced, an ATTENDED
 * edge's evidence open), and the page's time to first paint. Without --url it starts the service
 * as `npm start` does (the embedded Neo4j, the sample corpus on an empty graph) and stops it after.
 */
const given = process.argv.indexOf('--url');
const app = given > 0 ? null : await createApp(loadConfig(), { log: () => {} });
const server = app ? await app.listen(0) : null;
const base = given > 0 ? process.argv[given + 1]!.replace(/\/$/, '') : server!.url.replace(/\/graphql$/, '');
const browser = await launchChromium();
try {
  const zhou = toGlobalId('Official:昆山市:周伟');
  const state = {
    ...emptyState(),
    expanded: [zhou, toGlobalId('Town:320583101')],
    path: [zhou, toGlobalId('Industry:一只蟹')] as [string, string],
    selected: zhou,
  };
  const { context, offline } = await offlineContext(browser, { viewport: { width: 1400, height: 850 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // tsx compiles the callbacks below with esbuild's keepNames, which calls a helper the page lacks
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(`${base}/explore#v=${encodeState(state)}`);
  await page.waitForSelector('body[data-ready="true"][data-busy="false"][data-layout="settled"]', { timeout: 60_000 });
  await page.waitForTimeout(500);
  // the evidence of one of his attendances in the side panel
  await page.evaluate((id) => {
    const { graph } = (window as unknown as { explorer: { graph: { filterOutEdges(n: string, f: (e: string, a: { kind: string }) => boolean): string[] } } })
      .explorer;
    const edge = graph.filterOutEdges(id, (_e, a) => a.kind === 'ATTENDED')[0];
    if (edge) document.querySelector<HTMLAnchorElement>(`a[data-edge="${CSS.escape(edge)}"]`)?.click();
  }, zhou);
  await page.waitForTimeout(300);
  mkdirSync(join(projectRoot, 'docs'), { recursive: true });
  await page.screenshot({ path: join(projectRoot, 'docs', 'explorer.png') });
  if (offline.length) throw new Error(`the page asked for ${offline.join(', ')}`);

  // time to first paint and to the first drawn graph, on a fresh page with an empty cache
  const fresh = await browser.newContext();
  const timing = await fresh.newPage();
  await timing.goto(`${base}/explore#v=${encodeState({ ...emptyState(), expanded: [zhou] })}`);
  await timing.waitForSelector('body[data-ready="true"]');
  const paints = await timing.evaluate(() => ({
    ...Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, Math.round(entry.startTime)])),
    graphDrawn: Math.round(performance.now()),
  }));
  console.log(
    `docs/explorer.png written; first paint ${paints['first-paint']} ms, first contentful paint ${paints['first-contentful-paint']} ms, 周伟's neighbourhood drawn by ${paints.graphDrawn} ms`,
  );
  await fresh.close();
} finally {
  await browser.close();
  await server?.stop();
  await app?.close();
}
