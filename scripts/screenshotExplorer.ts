import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, projectRoot } from '../src/config.js';
import { createApp } from '../src/createApp.js';
import { toGlobalId } from '../src/resolvers/globalId.js';
import { launchChromium, offlineContext } from '../tests/api/chromium.js';
import { emptyState, encodeState } from '../web/explorer/src/viewState.js';

/**
 * `npm run screenshot:explorer [-- --url http://127.0.0.1:4000]`: docs/explorer.png, the explorer
 * on the sample graph (周伟 and 巴城镇 expanded, an ATTENDED edge's evidence open), and the page's
 * time to first paint. Without --url it starts the service as `npm start` does (the embedded Neo4j,
 * the sample corpus on an empty graph) and stops it after.
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
    // no traced path: a path greys out every node off it, and the screenshot shows the label colours
    expanded: [zhou, toGlobalId('Town:320583101')],
    selected: zhou,
  };
  const { context, offline } = await offlineContext(browser, { viewport: { width: 1400, height: 850 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // tsx compiles the callbacks below with esbuild's keepNames, which calls a helper the page lacks
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(`${base}/explore#v=${encodeState(state)}`);
  await page.waitForSelector('body[data-ready="true"][data-busy="false"][data-layout="settled"]', { timeout: 60_000 });
  await page.waitForTimeout(500);
  // ForceAtlas2 spaces the nodes, not their labels: a hub's ring of long names overlaps. For the
  // picture only, nodes whose label boxes overlap (or run off the canvas) are pushed apart on screen
  await page.evaluate(() => {
    type Point = { x: number; y: number };
    const { graph, renderer } = (
      window as unknown as {
        explorer: {
          graph: { nodes(): string[]; getNodeAttribute(n: string, k: 'label'): string; updateNodeAttributes(n: string, f: (a: Point) => Point): void };
          renderer: {
            getNodeDisplayData(n: string): (Point & { size: number; hidden?: boolean }) | undefined;
            framedGraphToViewport(p: Point): Point;
            viewportToGraph(p: Point): Point;
            getDimensions(): { width: number; height: number };
            getNodeDisplayedLabels(): Set<string>;
            refresh(): void;
          };
        };
      }
    ).explorer;
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `500 13px ${getComputedStyle(document.body).fontFamily}`;
    const { width, height } = renderer.getDimensions();
    for (let round = 0; round < 60; round++) {
      const labelled = renderer.getNodeDisplayedLabels();
      const boxes = graph.nodes().flatMap((node) => {
        const data = renderer.getNodeDisplayData(node);
        if (!data || data.hidden) return [];
        const at = renderer.framedGraphToViewport(data);
        const text = labelled.has(node) ? context.measureText(graph.getNodeAttribute(node, 'label') ?? '').width + 4 : 0;
        const half = Math.max(data.size, 9);
        return [{ node, at, left: at.x - data.size - 2, right: at.x + data.size + text + 2, top: at.y - half, bottom: at.y + half }];
      });
      const push = new Map<string, Point>(boxes.map((b) => [b.node, { x: 0, y: 0 }]));
      let moved = false;
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i]!;
        if (a.right > width - 4) {
          push.get(a.node)!.x -= a.right - width + 4;
          moved = true;
        }
        for (let j = i + 1; j < boxes.length; j++) {
          const b = boxes[j]!;
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx <= 0 || dy <= 0) continue;
          moved = true;
          // apart along the shorter overlap: mostly up and down, since labels are wide
          const [pa, pb] = [push.get(a.node)!, push.get(b.node)!];
          if (dy < dx) {
            const sign = a.at.y <= b.at.y ? -1 : 1;
            pa.y += (sign * (dy + 1)) / 2;
            pb.y -= (sign * (dy + 1)) / 2;
          } else {
            const sign = a.at.x <= b.at.x ? -1 : 1;
            pa.x += (sign * (dx + 1)) / 2;
            pb.x -= (sign * (dx + 1)) / 2;
          }
        }
      }
      if (!moved) break;
      for (const { node, at } of boxes) {
        const d = push.get(node)!;
        if (!d.x && !d.y) continue;
        const to = renderer.viewportToGraph({ x: Math.min(Math.max(at.x + d.x, 10), width - 10), y: Math.min(Math.max(at.y + d.y, 10), height - 10) });
        graph.updateNodeAttributes(node, (a) => ({ ...a, x: to.x, y: to.y }));
      }
      renderer.refresh();
    }
  });
  // the evidence of one of his attendances in the side panel
  await page.evaluate((id) => {
    const { graph } = (window as unknown as { explorer: { graph: { filterOutEdges(n: string, f: (e: string, a: { kind: string }) => boolean): string[] } } })
      .explorer;
    const edge = graph.filterOutEdges(id, (_e, a) => a.kind === 'ATTENDED')[0];
    if (edge) document.querySelector<HTMLAnchorElement>(`a[data-edge="${CSS.escape(edge)}"]`)?.click();
  }, zhou);
  await page.waitForSelector('#evidence-sentence');
  mkdirSync(join(projectRoot, 'docs'), { recursive: true });
  await page.screenshot({ path: join(projectRoot, 'docs', 'explorer.png') });
  if (offline.length) throw new Error(`the page asked for ${offline.join(', ')}`);

  // time to first paint and to the first drawn graph, on a fresh page with an empty cache
  const fresh = await browser.newContext();
  const timing = await fresh.newPage();
  await timing.goto(`${base}/explore#v=${encodeState({ ...emptyState(), expanded: [zhou] })}`);
  await timing.waitForSelector('body[data-ready="true"]');
  const paints: Record<string, number> = await timing.evaluate(() => ({
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
